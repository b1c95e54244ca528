package io.verifact.document;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SHA-256 by the system's OpenSSL ({@code libcrypto}) where 64-bit Linux has it. A command reads its batch with
 * the JVM's quick compiler, which has no SHA instructions: there, Java's own digest took a tenth of the
 * reading of a born-digital invoice, OpenSSL's takes a hundredth of that. Elsewhere, or where the library
 * is missing, fails, or does not give the answers Java's digest gives on samples of its own, {@link #digest} says so and
 * Java's digest is used.
 *
 * <p>The bytes are copied out of the JVM's heap for the call, so that the collector and the other threads never
 * wait for OpenSSL: the copy costs a small part of the digest.
 */
final class SystemSha256 {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SystemSha256.class);

    /** The sonames of OpenSSL 3 and 1.1, newest first: an unversioned name may be a development link only. */
    private static final List<String> LIBRARIES = List.of("libcrypto.so.3", "libcrypto.so.1.1");

    /** Beyond this, Java's digest: the copy is held outside the heap while the library reads it. */
    static final int LARGEST = 16 << 20;

    private static final int DIGEST_BYTES = 32;

    /**
     * Known answers, as Java's own digest gives them, for samples ({@link #sample}) of lengths around the digest's 64-byte
     * blocks and its 56-byte padding boundary, and a larger one. Checked against them, the library is trusted without
     * Java's digest being made and run at every start, which cost each command about 10 ms before its first file.
     */
    static final Map<Integer, String> KNOWN_ANSWERS = Map.of(
            0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            3, "394da228795ad9c043248cd9da097e7c1b5a40e02dad6710cdd54deb702e985e",
            55, "3da47017bb1d46cd1c12941746fd7aa1955c290f90432cd9b8a600697e74203e",
            56, "86b7d45dc9f56eca915da486797d8279b5bc1670157c01ac66d45cd8d6d34b7b",
            63, "5985cbdfecd8a7607f39b959c7be6e488e3814cc86fcdaff21f0faebec3b6744",
            64, "91284891684a902330c5c69ad063cd8372305a8abceded97c2e678de568a6072",
            65, "71fce075bb7426b9c2a1e5819b180468d8d4fec2946b3b7048c2ab2d7d732416",
            1000, "4d40d61f916597bec24f790464e82151f353736f7f3c0867ff7965f36e1ee20a",
            70_001, "dc0a54f8cd026edfcc8da71866ae6ce2a1c43d9d8a4b05fb6203d02db910e303");

    /** The bytes a known answer is for: the same on every computer, and unlike from one byte to the next. */
    static byte[] sample(int length) {
        byte[] sample = new byte[length];
        for (int i = 0; i < length; i++) {
            sample[i] = (byte) (i * 167 + 13 >> 3);
        }
        return sample;
    }

    private static final Optional<MethodHandle> SHA256 = find();

    private SystemSha256() {
    }

    /** The digest of the bytes, or empty when the system's library is not to be used for them. */
    static Optional<byte[]> digest(byte[] bytes) {
        if (SHA256.isEmpty() || bytes.length > LARGEST) {
            return Optional.empty();
        }
        return call(SHA256.get(), bytes);
    }

    /** Whether the system's library computes the digests. */
    static boolean inUse() {
        return SHA256.isPresent();
    }

    /**
     * The digest by {@code unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md)}, or empty
     * where it failed: it then answers null.
     */
    static Optional<byte[]> call(MethodHandle sha256, byte[] bytes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment input = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, input, ValueLayout.JAVA_BYTE, 0, bytes.length);
            MemorySegment digest = arena.allocate(DIGEST_BYTES);
            MemorySegment written = (MemorySegment) sha256.invokeExact(input, (long) bytes.length, digest);
            return written.equals(MemorySegment.NULL) ? Optional.empty() : Optional.of(digest.toArray(ValueLayout.JAVA_BYTE));
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    private static Optional<MethodHandle> find() {
        // size_t is a Java long only on 64-bit systems.
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux") || ValueLayout.ADDRESS.byteSize() != Long.BYTES) {
            return Optional.empty();
        }
        for (String library : LIBRARIES) {
            try {
                SymbolLookup lookup = SymbolLookup.libraryLookup(library, Arena.global());
                Optional<MemorySegment> symbol = lookup.find("SHA256");
                if (symbol.isEmpty()) {
                    continue;
                }
                MethodHandle sha256 = Linker.nativeLinker().downcallHandle(symbol.get(),
                        FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
                return givesTheKnownAnswers(sha256, library) ? Optional.of(sha256) : Optional.empty();
            } catch (IllegalArgumentException e) {
                // Not on this system.
            } catch (RuntimeException e) {
                log.debug("{} cannot be called: Java's SHA-256 is used", library, e);
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the library gives the known answers. */
    private static boolean givesTheKnownAnswers(MethodHandle sha256, String library) {
        for (Map.Entry<Integer, String> known : KNOWN_ANSWERS.entrySet()) {
            Optional<byte[]> ours = call(sha256, sample(known.getKey()));
            if (ours.isEmpty()) {
                // As OpenSSL does where its configuration leaves it no SHA-256, in a FIPS mode without the provider.
                log.debug("{} gives no SHA-256 here: Java's is used", library);
                return false;
            }
            if (!HexFormat.of().formatHex(ours.get()).equals(known.getValue())) {
                log.warn("{} computes SHA-256 differently from Java: Java's is used", library);
                return false;
            }
        }
        return true;
    }
}
