package io.verifact.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void aFileIsKnownByTheSha256EveryToolPrints() {
        // FIPS 180-2's examples, as sha256sum prints them.
        assertThat(Fingerprint.sha256(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Fingerprint.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Fingerprint.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void theSystemsDigestAndJavasGiveOneIdentityForEveryLength() {
        Random random = new Random(7);
        int[] larger = {4096, 65_536, 1 << 20, SystemSha256.LARGEST, SystemSha256.LARGEST + 1};
        for (int length = 0; length < 300 + larger.length; length++) {
            byte[] bytes = new byte[length < 300 ? length : larger[length - 300]];
            random.nextBytes(bytes);
            assertThat(Fingerprint.sha256(bytes)).as("%d bytes", bytes.length)
                    .isEqualTo(HexFormat.of().formatHex(Fingerprint.javaDigest(bytes)));
        }
    }

    @Test
    void theKnownAnswersTheLibraryIsCheckedAgainstAreJavasOwn() {
        assertThat(SystemSha256.KNOWN_ANSWERS).hasSizeGreaterThan(5);
        SystemSha256.KNOWN_ANSWERS.forEach((length, digest) -> assertThat(HexFormat.of().formatHex(Fingerprint.javaDigest(SystemSha256.sample(length))))
                .as("%d bytes", length).isEqualTo(digest));
    }

    @Test
    void onLinuxWithOpenSslTheDigestIsTheLibrarys() {
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
        boolean openSsl;
        try {
            openSsl = SymbolLookup.libraryLookup("libcrypto.so.3", Arena.ofAuto()).find("SHA256").isPresent();
        } catch (IllegalArgumentException e) {
            openSsl = false;
        }
        // A Linux system with OpenSSL 3 must use it; the others may use Java's digest.
        if (linux && openSsl) {
            assertThat(SystemSha256.inUse()).as("OpenSSL's SHA-256 on this Linux").isTrue();
            assertThat(SystemSha256.digest("abc".getBytes(StandardCharsets.US_ASCII))).isPresent();
        }
        assertThat(SystemSha256.digest(new byte[SystemSha256.LARGEST + 1])).as("Java's digest beyond the largest").isEmpty();
    }

    @Test
    void whereTheLibraryGivesNoDigestJavasIsUsed() {
        // OpenSSL answers null where its configuration leaves it no SHA-256.
        MethodHandle failing = MethodHandles.dropArguments(MethodHandles.constant(MemorySegment.class, MemorySegment.NULL), 0,
                MemorySegment.class, long.class, MemorySegment.class);
        assertThat(SystemSha256.call(failing, "abc".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }
}
