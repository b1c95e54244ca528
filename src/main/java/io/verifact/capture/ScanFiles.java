package io.verifact.capture;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Scanned pages as the files scanners write: one PNG a page, or one TIFF for a whole document, each
 * page stating its resolution as a scanner does. Written with the JDK's own image writers.
 */
final class ScanFiles {

    private ScanFiles() {
    }

    static byte[] png(BufferedImage page) throws IOException {
        return write("png", List.of(page));
    }

    /** All pages in one TIFF file, Deflate-compressed. */
    static byte[] tiff(List<BufferedImage> pages) throws IOException {
        return write("tiff", pages);
    }

    private static byte[] write(String format, List<BufferedImage> pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("tiff")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Deflate");
            }
            if (pages.size() == 1) {
                writer.write(null, new IIOImage(pages.getFirst(), null, resolution(writer, pages.getFirst(), param)), param);
            } else {
                writer.prepareWriteSequence(null);
                for (BufferedImage page : pages) {
                    writer.writeToSequence(new IIOImage(page, null, resolution(writer, page, param)), param);
                }
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static IIOMetadata resolution(ImageWriter writer, BufferedImage page, ImageWriteParam param)
            throws IIOInvalidTreeException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
        String millimetresPerPixel = Double.toString(25.4 / Scanner.DPI);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", millimetresPerPixel);
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", millimetresPerPixel);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
        root.appendChild(dimension);
        metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
        return metadata;
    }
}
