package io.verifact.ocr;

import io.verifact.document.Pictures;
import io.verifact.model.Box;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An A4 invoice scanned at 200 dpi, drawn in the test: labels and their values in small print, lines
 * at the usual spacing, and for each value the zone an operator would draw around it.
 */
final class ScannedInvoice {

    static final int DPI = 200;
    static final int WIDTH = 1654;
    static final int HEIGHT = 2339;

    static final String NUMBER = "FA-2026-0117";
    static final String DATE = "03/02/2026";
    static final String DUE = "05/03/2026";
    static final String STREET = "12 rue des Lilas";
    static final String TOWN = "75011 Paris";
    static final String NET = "1 028,80";
    static final String TOTAL = "1 234,56";
    static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";
    static final String PAGE_NUMBER = "1/1";

    /** How far outside its text an operator's rectangle runs, in pixels: about a millimetre and a half. */
    private static final int SLACK = 12;

    /** 9 pt at 200 dpi. */
    private static final int SMALL = 25;
    /** 10 pt at 200 dpi. */
    private static final int TEN = 28;
    /** 8 pt at 200 dpi. */
    private static final int EIGHT = 22;

    private final BufferedImage page = Pictures.blank(WIDTH, HEIGHT);
    private final Map<String, Box> zones = new LinkedHashMap<>();
    private final PrintedText printed = new PrintedText(page);
    private Box address;

    ScannedInvoice() {
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(g, "FACTURE", 150, 250, new Font(Font.SANS_SERIF, Font.BOLD, 56));

            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, SMALL);
            draw(g, "Facture n° :", 150, 400, small);
            value(g, NUMBER, 420, 400, small);
            draw(g, "Date :", 150, 440, small);
            value(g, DATE, 420, 440, small);
            draw(g, "Échéance :", 150, 480, small);
            value(g, DUE, 420, 480, small);

            draw(g, "Garage Martin SARL", 1000, 360, small);
            Box street = value(g, STREET, 1000, 400, small);
            Box town = value(g, TOWN, 1000, 440, small);
            address = street.union(town);
            draw(g, "France", 1000, 480, small);

            draw(g, "Total HT :", 1000, 1800, small);
            value(g, NET, 1300, 1800, small);
            draw(g, "TVA 20 % :", 1000, 1840, small);
            draw(g, "205,76", 1300, 1840, small);
            Font ten = new Font(Font.SANS_SERIF, Font.BOLD, TEN);
            draw(g, "Total TTC :", 1000, 1884, ten);
            value(g, TOTAL, 1300, 1884, ten);

            Font eight = new Font(Font.SANS_SERIF, Font.PLAIN, EIGHT);
            draw(g, "IBAN :", 150, 2150, eight);
            value(g, IBAN, 250, 2150, eight);
            draw(g, "BIC : BNPAFRPPXXX", 150, 2185, eight);

            // The page number stands against the bottom right corner.
            draw(g, "Page", 1490, 2320, eight);
            value(g, PAGE_NUMBER, 1560, 2320, eight);
        } finally {
            g.dispose();
        }
    }

    BufferedImage page() {
        return page;
    }

    /** The zone an operator draws around a value, as fractions of the page. */
    Box zoneOf(String value) {
        return zones.get(value);
    }

    /** Where the ink of a text drawn on the page stands, as fractions of the page. */
    Box printedOf(String text) {
        return printed.of(text);
    }

    /** The zone around the two lines of the street address. */
    Box address() {
        return address;
    }

    /** The scan as the scanning station sends it: a PDF page holding the picture and no text. */
    byte[] pdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage a4 = new PDPage(PDRectangle.A4);
            pdf.addPage(a4);
            try (PDPageContentStream content = new PDPageContentStream(pdf, a4)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, page), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private Box value(Graphics2D g, String text, int left, int baseline, Font font) {
        Box printed = draw(g, text, left, baseline, font);
        Box zone = new Box(printed.x0() - SLACK / (double) WIDTH, printed.y0() - SLACK / (double) HEIGHT,
                printed.x1() + SLACK / (double) WIDTH, printed.y1() + SLACK / (double) HEIGHT);
        zones.put(text, zone);
        return zone;
    }

    /** Draws the text; returns where its ink stands, as fractions of the page. */
    private Box draw(Graphics2D g, String text, int left, int baseline, Font font) {
        return printed.draw(g, text, left, baseline, font);
    }
}
