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
 * SHA-256 by the system's OpenSSL ({@code libcrypto}) where Linux has it. A command reads its batch with
 * the JVM's quick compiler, which has no SHA instructions: there, Java's own digest took a tenth of the
 * reading of a born-digital invoice, OpenSSL's takes a hundredth of that. Elsewhere, or where the library
 * is missing or disagrees with Java on a test of its own, {@link #digest} says so and Java's digest is used.
 */
final class SystemSha256 {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SystemSha256.class);

    /** The sonames of OpenSSL 3 and 1.1, newest first: an unversioned name may be a development link only. */
    private static final List<String> LIBRARIES = List.of("libcrypto.so.3", "libcrypto.so.1.1");

    /**
     * Beyond this, Java's digest: the library reads the bytes where the JVM keeps them, and the JVM's
     * collector waits for it, a few milliseconds for this many.
     */
    static final int LARGEST = 16 << 20;

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

    private static Optional<byte[]> call(MethodHandle sha256, byte[] bytes) {
        byte[] digest = new byte[32];
        try {
            // unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md): null when it failed.
            MemorySegment written = (MemorySegment) sha256.invokeExact(MemorySegment.ofArray(bytes), (long) bytes.length,
                    MemorySegment.ofArray(digest));
            return written.equals(MemorySegment.NULL) ? Optional.empty() : Optional.of(digest);
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    private static Optional<MethodHandle> find() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
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
                        FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                        Linker.Option.critical(true));
                if (agreesWithJava(sha256)) {
                    return Optional.of(sha256);
                }
                log.warn("{} computes SHA-256 differently from Java: Java's is used", library);
                return Optional.empty();
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
    private static boolean agreesWithJava(MethodHandle sha256) {
        Random bytes = new Random(256);
        for (int length : new int[] {0, 3, 55, 56, 63, 64, 65, 1000, 70_001}) {
            byte[] sample = new byte[length];
            bytes.nextBytes(sample);
            Optional<byte[]> ours = call(sha256, sample);
            if (ours.isEmpty() || !Arrays.equals(ours.get(), Fingerprint.javaDigest(sample))) {
                return false;
            }
        }
        return true;
    }
}
