package io.verifact.ui.viewer;

import io.verifact.model.Box;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Invoice pages drawn for the viewer's tests, an A4 sheet at 150 dpi (or a multiple of it), with the
 * boxes of the fields on them. Drawing needs the JavaFX thread.
 */
final class FakeInvoice {

    static final int WIDTH = 1240;
    static final int HEIGHT = 1754;

    private static final Color INK = Color.rgb(34, 34, 38);
    private static final Color GREY_TEXT = Color.rgb(110, 112, 118);
    private static final Color BAR = Color.rgb(200, 202, 206);
    private static final Color RULE = Color.rgb(215, 217, 221);
    private static final String FAMILY = "DejaVu Sans";

    private final Canvas canvas;
    private final GraphicsContext g;
    private final List<FieldBox> boxes = new ArrayList<>();

    /** A sheet drawn at {@code scale} times 150 dpi; its drawing is written at 150 dpi. */
    private FakeInvoice(int scale) {
        canvas = new Canvas(WIDTH * scale, HEIGHT * scale);
        g = canvas.getGraphicsContext2D();
        g.scale(scale, scale);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The first page: letterhead, parties, references, lines and totals, with a box in each state. */
    static FakeInvoice firstPage() {
        return firstPage(1);
    }

    /** The first page at {@code scale} times 150 dpi: 2 for the 300 dpi of a careful scan. */
    static FakeInvoice firstPage(int scale) {
        FakeInvoice page = new FakeInvoice(scale);
        page.firstPageContent();
        return page;
    }

    /** A following page: more lines, no letterhead, its number at the foot. */
    static FakeInvoice followingPage(int number, int of) {
        FakeInvoice page = new FakeInvoice(1);
        page.text("Boulangerie Martin SARL — FA-2024-0117", 100, 110, 18, FontWeight.NORMAL, GREY_TEXT);
        page.rule(100, 130, WIDTH - 100);
        for (int line = 0; line < 22; line++) {
            page.itemLine(170 + line * 52, line + 7, line % 3);
        }
        page.text("Page " + number + " / " + of, WIDTH / 2.0 - 40, HEIGHT - 70, 16, FontWeight.NORMAL, GREY_TEXT);
        return page;
    }

    /** A white page with one magenta block exactly where the box says, to find again on screen. */
    static WritableImage withMark(int width, int height, Box mark) {
        WritableImage image = new WritableImage(width, height);
        int[] row = new int[width];
        int x0 = (int) Math.round(mark.x0() * width);
        int x1 = (int) Math.round(mark.x1() * width);
        int y0 = (int) Math.round(mark.y0() * height);
        int y1 = (int) Math.round(mark.y1() * height);
        for (int y = 0; y < height; y++) {
            Arrays.fill(row, 0xFFFFFFFF);
            if (y >= y0 && y < y1) {
                Arrays.fill(row, x0, x1, 0xFFFF00FF);
            }
            image.getPixelWriter().setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
        }
        return image;
    }

    Image image() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return canvas.snapshot(parameters, null);
    }

    List<FieldBox> boxes() {
        return List.copyOf(boxes);
    }

    private void firstPageContent() {
        field("supplier", BoxState.SURE, text("Boulangerie Martin SARL", 100, 150, 38, FontWeight.BOLD, INK));
        text("12 rue des Tanneurs", 100, 195, 18, FontWeight.NORMAL, GREY_TEXT);
        text("69002 Lyon, France", 100, 222, 18, FontWeight.NORMAL, GREY_TEXT);
        text("TVA", 100, 262, 18, FontWeight.NORMAL, GREY_TEXT);
        field("supplierVat", BoxState.FAILED, text("FR 40 123456788", 150, 262, 18, FontWeight.NORMAL, INK));

        text("FACTURE", 830, 150, 44, FontWeight.BOLD, INK);
        text("N°", 830, 205, 20, FontWeight.NORMAL, GREY_TEXT);
        field("invoiceNumber", BoxState.SURE, text("FA-2024-0117", 930, 205, 20, FontWeight.BOLD, INK));
        text("Date", 830, 240, 20, FontWeight.NORMAL, GREY_TEXT);
        field("invoiceDate", BoxState.UNCERTAIN, text("12/03/2024", 930, 240, 20, FontWeight.NORMAL, INK));
        text("Échéance", 830, 275, 20, FontWeight.NORMAL, GREY_TEXT);
        field("dueDate", BoxState.SURE, text("11/04/2024", 930, 275, 20, FontWeight.NORMAL, INK));

        text("Facturé à", 640, 380, 18, FontWeight.NORMAL, GREY_TEXT);
        field("buyer", BoxState.SURE, text("Fiduciaire Dubois & Associés", 640, 415, 22, FontWeight.BOLD, INK));
        bar(640, 435, 300);
        bar(640, 462, 220);

        g.setFill(Color.rgb(241, 242, 244));
        g.fillRect(100, 560, WIDTH - 200, 44);
        text("Désignation", 120, 590, 18, FontWeight.BOLD, INK);
        text("Qté", 760, 590, 18, FontWeight.BOLD, INK);
        text("Prix HT", 880, 590, 18, FontWeight.BOLD, INK);
        text("Total HT", 1030, 590, 18, FontWeight.BOLD, INK);
        for (int line = 0; line < 9; line++) {
            itemLine(645 + line * 52, line + 1, line % 3);
        }
        rule(100, 1120, WIDTH - 100);

        text("Total HT", 800, 1180, 20, FontWeight.NORMAL, GREY_TEXT);
        field("net", BoxState.SURE, text("1 250,00 €", 1010, 1180, 20, FontWeight.NORMAL, INK));
        text("TVA 20 %", 800, 1220, 20, FontWeight.NORMAL, GREY_TEXT);
        field("tax", BoxState.UNCERTAIN, text("250,00 €", 1030, 1220, 20, FontWeight.NORMAL, INK));
        rule(790, 1245, WIDTH - 100);
        text("Total TTC", 800, 1290, 24, FontWeight.BOLD, INK);
        field("gross", BoxState.CORRECTED, text("1 500,00 €", 985, 1290, 24, FontWeight.BOLD, INK));

        text("Règlement par virement", 100, 1500, 18, FontWeight.NORMAL, GREY_TEXT);
        field("iban", BoxState.UNCERTAIN, text("FR76 3000 6000 0112 3456 7890 189", 100, 1535, 20, FontWeight.NORMAL, INK));
        bar(100, 1560, 520);
        rule(100, 1640, WIDTH - 100);
        bar(100, 1665, 820);
        bar(100, 1690, 640);
    }

    private void itemLine(double baseline, int number, int shape) {
        double[] lengths = {380, 300, 440};
        bar(120, baseline - 14, lengths[shape]);
        text(Integer.toString(1 + number % 4), 770, baseline, 18, FontWeight.NORMAL, INK);
        text((120 + number * 7) + ",00", 880, baseline, 18, FontWeight.NORMAL, INK);
        text((120 + number * 7) * (1 + number % 4) + ",00", 1030, baseline, 18, FontWeight.NORMAL, INK);
    }

    /** Draws a line of text with its baseline at {@code y}; returns its box on the page. */
    private Box text(String words, double x, double y, double size, FontWeight weight, Color colour) {
        Font font = Font.font(FAMILY, weight, size);
        g.setFont(font);
        g.setFill(colour);
        g.fillText(words, x, y);
        Text measure = new Text(words);
        measure.setFont(font);
        double width = measure.getLayoutBounds().getWidth();
        return Box.of(x - 6, y - size * 0.95, x + width + 6, y + size * 0.35, WIDTH, HEIGHT);
    }

    /** A grey bar standing for a line of text nobody reads in these tests. */
    private void bar(double x, double y, double length) {
        g.setFill(BAR);
        g.fillRoundRect(x, y, length, 14, 6, 6);
    }

    private void rule(double x0, double y, double x1) {
        g.setStroke(RULE);
        g.setLineWidth(2);
        g.strokeLine(x0, y, x1, y);
    }

    private void field(String id, BoxState state, Box box) {
        boxes.add(new FieldBox(id, box, state));
    }
}
