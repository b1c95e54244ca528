package io.verifact.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

/** Files built to break a reader, each written into a folder by code, as a sender might send them. */
public final class HostileFiles {

    private HostileFiles() {
    }

    public static Path empty(Path folder) throws IOException {
        return Files.write(folder.resolve("empty.pdf"), new byte[0]);
    }

    public static Path randomBytesNamedPdf(Path folder) throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(20240117).nextBytes(noise);
        noise[0] = 0x07;
        return Files.write(folder.resolve("random.pdf"), noise);
    }

    /** The first half of a real PDF, as an interrupted download leaves it. */
    public static Path truncatedPdf(Path folder, Path realPdf) throws IOException {
        byte[] whole = Files.readAllBytes(realPdf);
        return Files.write(folder.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 2));
    }

    /**
     * A page tree whose inner node lists its own parent among its kids. The page counts agree with
     * what a reader that skips the loop would find, so only walking the tree tells it is broken.
     */
    public static Path loopingPageTree(Path folder) throws IOException {
        return Files.write(folder.resolve("looping-pages.pdf"), HandWrittenPdf.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>"));
    }

    /** A page whose dictionary holds 100,000 arrays nested in one another. */
    public static Path nestedArrays(Path folder) throws IOException {
        int depth = 100_000;
        String nest = "[".repeat(depth) + "]".repeat(depth);
        return Files.write(folder.resolve("nested-arrays.pdf"), HandWrittenPdf.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Nest " + nest + " >>"));
    }

    /** A PDF that cannot be opened without its user password. */
    public static Path passwordProtected(Path folder) throws IOException {
        return Files.write(folder.resolve("protected.pdf"), encrypted("owner-secret", "user-secret"));
    }

    /** A PDF anyone may open (empty user password) but whose owner restricted printing and copying. */
    public static byte[] restricted() throws IOException {
        return encrypted("owner-secret", "");
    }

    private static byte[] encrypted(String ownerPassword, String userPassword) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            TextPdf.write(pdf, page, TextPdf.INVOICE_WORDS);
            AccessPermission permissions = new AccessPermission();
            permissions.setCanPrint(false);
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A one-pixel TIFF whose page list points back to its own first page, so it never ends. */
    public static Path loopingTiff(Path folder) throws IOException {
        ByteBuffer tiff = ByteBuffer.allocate(123).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 9);
        short[][] entries = {{256, 3, 1}, {257, 3, 1}, {258, 3, 8}, {259, 3, 1}, {262, 3, 1}, {273, 4, 122},
            {277, 3, 1}, {278, 3, 1}, {279, 4, 1}};
        for (short[] e : entries) {
            tiff.putShort(e[0]).putShort(e[1]).putInt(1);
            if (e[1] == 3) {
                tiff.putShort(e[2]).putShort((short) 0);
            } else {
                tiff.putInt(e[2]);
            }
        }
        tiff.putInt(8);
        tiff.put((byte) 0x80);
        return Files.write(folder.resolve("loop.tif"), tiff.array());
    }

    public static Path textNamedPng(Path folder) throws IOException {
        return Files.writeString(folder.resolve("notes.png"), "Invoice 2024-117 from Dupont SARL, see attached.\n".repeat(20),
                StandardCharsets.UTF_8);
    }

    /** A PNG signature and a correct header claiming 60,000 × 60,000 pixels, then a few bytes of garbage data. */
    public static Path hugePng(Path folder) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(60_000).putInt(60_000)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        byte[] garbage = new byte[256];
        new Random(7).nextBytes(garbage);
        chunk(png, "IDAT", garbage);
        return Files.write(folder.resolve("huge.png"), png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A file named as a GIF holding one byte, the first of a GIF's signature. */
    public static Path oneByteGif(Path folder) throws IOException {
        return Files.write(folder.resolve("x.gif"), new byte[] {'G'});
    }
}
