package io.verifact.ocr;

import io.verifact.document.Pictures;
import io.verifact.model.Box;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Pages drawn in the test the way they arrive when nobody took care: fed askew, scanned at a low
 * resolution, photographed in the light of one window, printed over a picture.
 */
final class DifficultPages {

    /** An A4 invoice scanned at 100 dpi: 827 × 1169 pixels, its print 7 pt (10 pixels). */
    static final int LOW_DPI = 100;
    static final String TAX = "33,18";
    static final String TOTAL = "199,08";
    static final String DATE = "03/02/2026";

    private DifficultPages() {
    }

    /** The picture turned clockwise by {@code degrees} about its middle, on a sheet of the same size. */
    static BufferedImage turned(BufferedImage page, double degrees) {
        BufferedImage turned = Pictures.blank(page.getWidth(), page.getHeight());
        Graphics2D g = turned.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(page, turning(page, degrees), null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /** Where a point of the page, as fractions of it, lands once the page is turned. */
    static Point2D turnedPoint(BufferedImage page, double degrees, double x, double y) {
        Point2D moved = turning(page, degrees).transform(new Point2D.Double(x * page.getWidth(), y * page.getHeight()), null);
        return new Point2D.Double(moved.getX() / page.getWidth(), moved.getY() / page.getHeight());
    }

    private static AffineTransform turning(BufferedImage page, double degrees) {
        return AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
    }

    /**
     * A supplier's page of line items at 200 dpi, each row running the page's width from its
     * description to its amount, rows 40 pixels apart: turned by a few degrees, a row's end drops
     * below the start of the next one.
     */
    static final class ItemRows {

        static final String[][] ROWS = {
                {"Vis inox M6 x 40", "12", "0,35", "4,20"},
                {"Écrou frein M6", "12", "0,18", "2,16"},
                {"Rondelle plate M6", "24", "0,05", "1,20"},
                {"Cheville nylon 8 mm", "50", "0,09", "4,50"},
                {"Tige filetée M8 1 m", "3", "2,90", "8,70"},
                {"Équerre acier 60 mm", "8", "1,45", "11,60"},
                {"Colle néoprène 250 ml", "2", "6,80", "13,60"},
                {"Foret béton 8 mm", "4", "3,25", "13,00"},
                {"Mèche bois 10 mm", "2", "2,75", "5,50"},
                {"Silicone blanc 310 ml", "6", "4,10", "24,60"},
                {"Gants de travail T9", "5", "2,40", "12,00"},
                {"Ruban adhésif 50 m", "10", "1,95", "19,50"}};
        static final String NET = "120,56";
        static final String TOTAL = "144,67";

        private final BufferedImage page = Pictures.blank(1654, 2339);

        ItemRows() {
            Graphics2D g = page.createGraphics();
            try {
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
                g.drawString("FACTURE FA-2026-0311", 150, 250);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 25));
                int baseline = 500;
                g.setStroke(new java.awt.BasicStroke(2));
                for (String[] row : ROWS) {
                    g.drawLine(130, baseline - 34, 1530, baseline - 34);
                    for (int x : new int[] {130, 880, 1130, 1380, 1530}) {
                        g.drawLine(x, baseline - 34, x, baseline + 12);
                    }
                    g.drawString(row[0], 150, baseline);
                    g.drawString(row[1], 900, baseline);
                    g.drawString(row[2], 1150, baseline);
                    g.drawString(row[3], 1400, baseline);
                    baseline += 46;
                }
                g.drawLine(130, baseline - 34, 1530, baseline - 34);
                baseline += 40;
                g.drawString("Total HT", 150, baseline);
                g.drawString(NET, 1400, baseline);
                g.drawString("TVA 20 %", 150, baseline + 40);
                g.drawString("24,11", 1400, baseline + 40);
                g.drawString("Total TTC", 150, baseline + 80);
                g.drawString(TOTAL, 1400, baseline + 80);
            } finally {
                g.dispose();
            }
        }

        BufferedImage page() {
            return page;
        }
    }

    /** A garage's invoice scanned at 100 dpi, its totals in small print and the last one in a grey box. */
    static final class SmallPrint {

        private final BufferedImage page = Pictures.blank(827, 1169);
        private final PrintedText printed = new PrintedText(page);

        SmallPrint() {
            Graphics2D g = page.createGraphics();
            try {
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                printed.draw(g, "FACTURE", 75, 125, new Font(Font.SANS_SERIF, Font.BOLD, 28));
                Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
                String[][] heading = {{"Facture n° :", "FA-2026-0117"}, {"Date :", DATE}, {"Client :", "Garage Martin SARL"}};
                for (int i = 0; i < heading.length; i++) {
                    printed.draw(g, heading[i][0], 75, 200 + i * 20, small);
                    printed.draw(g, heading[i][1], 210, 200 + i * 20, small);
                }
                String[][] items = {{"Vidange moteur", "89,90"}, {"Filtre à huile", "14,50"}, {"Main d'oeuvre 1,5 h", "61,50"}};
                for (int i = 0; i < items.length; i++) {
                    printed.draw(g, items[i][0], 75, 400 + i * 20, small);
                    printed.draw(g, items[i][1], 700, 400 + i * 20, small);
                }
                String[][] totals = {{"Total HT :", "165,90"}, {"TVA 20 % :", TAX}, {"Total TTC :", TOTAL}};
                for (int i = 0; i < totals.length; i++) {
                    printed.draw(g, totals[i][0], 560, 900 + i * 20, small);
                    printed.draw(g, totals[i][1], 700, 900 + i * 20, small);
                }
                g.setColor(new Color(200, 200, 200));
                g.fillRect(550, 955, 220, 26);
                g.setColor(Color.BLACK);
                Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 10);
                printed.draw(g, "A PAYER", 560, 973, bold);
                printed.draw(g, TOTAL + " €", 690, 973, bold);
            } finally {
                g.dispose();
            }
        }

        BufferedImage page() {
            return page;
        }

        /** Where the ink of a text drawn on the page stands, as fractions of the page. */
        Box printedOf(String text) {
            return printed.of(text);
        }
    }

    /** A baker's slip photographed by a window: the paper goes from dark grey on the left to light on the right. */
    static BufferedImage litFromOneSide() {
        BufferedImage page = Pictures.blank(1654, 2339);
        Graphics2D g = page.createGraphics();
        try {
            for (int x = 0; x < page.getWidth(); x++) {
                int grey = 120 + x * 120 / page.getWidth();
                g.setColor(new Color(grey, grey, grey));
                g.drawLine(x, 0, x, page.getHeight());
            }
            print(g, new Font(Font.SANS_SERIF, Font.PLAIN, 28), new Point(400, 500), new Point(200, 300),
                    "BOULANGERIE", "Pain 1,20", "TOTAL 1,20 EUR", "CB 1,20");
        } finally {
            g.dispose();
        }
        return page;
    }

    /** A parking ticket printed over a grey, mottled picture that covers the whole page. */
    static BufferedImage ticketOverAPicture() {
        BufferedImage page = Pictures.blank(1654, 2339);
        Graphics2D g = page.createGraphics();
        try {
            Random grain = new Random(7);
            for (int y = 0; y < page.getHeight(); y += 8) {
                for (int x = 0; x < page.getWidth(); x += 8) {
                    int grey = 100 + (int) (60 * Math.sin(x / 90.0) * Math.cos(y / 70.0)) + grain.nextInt(40);
                    g.setColor(new Color(grey, grey, grey));
                    g.fillRect(x, y, 8, 8);
                }
            }
            print(g, new Font(Font.SANS_SERIF, Font.BOLD, 32), new Point(300, 520), new Point(60, 280),
                    "Ticket 0042", "Parking Gare Nord", "05/03/2026 14:12", "Montant 6,50 EUR");
        } finally {
            g.dispose();
        }
        return page;
    }

    /** Where {@link #slipOnAFlatbed()} prints "TOTAL", in the page's pixels. */
    static final Point SLIP_TOTAL = new Point(1000, 1700);

    /**
     * A till slip scanned on an A4 flatbed at 300 dpi: a small strip of faint print in the middle of a
     * grey page with the scanner's grain on every pixel.
     */
    static BufferedImage slipOnAFlatbed() {
        BufferedImage page = Pictures.blank(2480, 3508);
        Random grain = new Random(11);
        var raster = page.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int grey = Math.clamp(165 + (int) (grain.nextGaussian() * 20), 0, 255);
                raster.setPixel(x, y, new int[] {grey, grey, grey});
            }
        }
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(new Color(70, 70, 70));
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 36));
            String[] lines = {"KEDAI RUNCIT MAJU SDN BHD", "04 MAY 2018 18:31", "INVOICE # : OR18050402", "SR VEGE        6.60"};
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], SLIP_TOTAL.x, SLIP_TOTAL.y - (lines.length - i) * 70);
            }
            g.drawString("TOTAL          6.60", SLIP_TOTAL.x, SLIP_TOTAL.y);
            g.drawString("CASH           10.00", SLIP_TOTAL.x, SLIP_TOTAL.y + 70);
        } finally {
            g.dispose();
        }
        return page;
    }

    /** Prints lines in black, the first at {@code first}, each next one moved by {@code step}. */
    private static void print(Graphics2D g, Font font, Point first, Point step, String... lines) {
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], first.x + i * step.x, first.y + i * step.y);
        }
    }
}
