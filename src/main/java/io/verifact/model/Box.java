package io.verifact.model;

/**
 * A rectangle on a page as fractions of the page's width and height, origin top-left, so it
 * survives any zoom or resolution.
 */
public record Box(double x0, double y0, double x1, double y1) {

    public Box {
        if (!(x0 <= x1 && y0 <= y1)) {
            throw new IllegalArgumentException("box corners out of order: " + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }

    /** The box of pixel or point coordinates on a page of the given size, clamped to the page. */
    public static Box of(double left, double top, double right, double bottom, double pageWidth, double pageHeight) {
        return new Box(clamp(left / pageWidth), clamp(top / pageHeight), clamp(right / pageWidth), clamp(bottom / pageHeight));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    public double width() {
        return x1 - x0;
    }

    public double height() {
        return y1 - y0;
    }

    public double centerX() {
        return (x0 + x1) / 2;
    }

    public double centerY() {
        return (y0 + y1) / 2;
    }

    /**
     * The same rectangle once its page is turned clockwise by quarter turns: where a word of a page scanned
     * upside down stands when the page is turned upright. Turned by the remaining quarter turns, it is back.
     */
    public Box turned(int quarterTurns) {
        return switch (Math.floorMod(quarterTurns, 4)) {
            case 1 -> new Box(1 - y1, x0, 1 - y0, x1);
            case 2 -> new Box(1 - x1, 1 - y1, 1 - x0, 1 - y0);
            case 3 -> new Box(y0, 1 - x1, y1, 1 - x0);
            default -> this;
        };
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        return new Box(Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
    }

    /** The area the two boxes share; 0 when they do not meet. */
    public double sharedArea(Box other) {
        return Math.max(0, Math.min(x1, other.x1) - Math.max(x0, other.x0)) * Math.max(0, Math.min(y1, other.y1) - Math.max(y0, other.y0));
    }

    /** Whether the two boxes share some area. */
    public boolean overlaps(Box other) {
        return sharedArea(other) > 0;
    }

    public boolean contains(Box other) {
        return other.x0 >= x0 && other.x1 <= x1 && other.y0 >= y0 && other.y1 <= y1;
    }

    /** How much of the smaller of the two vertical extents the two boxes share, from 0 to 1. */
    public double verticalOverlap(Box other) {
        double shared = Math.min(y1, other.y1) - Math.max(y0, other.y0);
        double smaller = Math.min(height(), other.height());
        return smaller <= 0 ? 0 : Math.max(0, shared) / smaller;
    }

    /** How much of the smaller of the two horizontal extents the two boxes share, from 0 to 1. */
    public double horizontalOverlap(Box other) {
        double shared = Math.min(x1, other.x1) - Math.max(x0, other.x0);
        double smaller = Math.min(width(), other.width());
        return smaller <= 0 ? 0 : Math.max(0, shared) / smaller;
    }
}
