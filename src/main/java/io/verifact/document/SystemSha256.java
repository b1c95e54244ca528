package io.verifact.document;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * SHA-256 by the system's OpenSSL ({@code libcrypto}) where 64-bit Linux has it. A command reads its batch with
 * the JVM's quick compiler, which has no SHA instructions: there, Java's own digest took a tenth of the
 * reading of a born-digital invoice, OpenSSL's takes a hundredth of that. Elsewhere, or where the library
 * is missing, fails, or disagrees with Java on a test of its own, {@link #digest} says so and Java's digest is used.
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
                return agreesWithJava(sha256, library) ? Optional.of(sha256) : Optional.empty();
            } catch (IllegalArgumentException e) {
                // Not on this system.
            } catch (RuntimeException e) {
                log.debug("{} cannot be called: Java's SHA-256 is used", library, e);
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Lengths around the digest's 64-byte blocks and its 56-byte padding boundary, and a larger one. */
    private static boolean agreesWithJava(MethodHandle sha256, String library) {
        Random bytes = new Random(256);
        for (int length : new int[] {0, 3, 55, 56, 63, 64, 65, 1000, 70_001}) {
            byte[] sample = new byte[length];
            bytes.nextBytes(sample);
            Optional<byte[]> ours = call(sha256, sample);
            if (ours.isEmpty()) {
                // As OpenSSL does where its configuration leaves it no SHA-256, in a FIPS mode without the provider.
                log.debug("{} gives no SHA-256 here: Java's is used", library);
                return false;
            }
            if (!Arrays.equals(ours.get(), Fingerprint.javaDigest(sample))) {
                log.warn("{} computes SHA-256 differently from Java: Java's is used", library);
                return false;
            }
        }
        return true;
    }
}
