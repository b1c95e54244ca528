package io.verifact.ui.viewer;

import io.verifact.model.Box;

/**
 * Where the page stands in the viewer: its zoom, its quarter turns and its place, and the mapping
 * between fractions of the page as captured and the viewer's own coordinates. Plain arithmetic on
 * doubles, so every gesture costs no allocation and the geometry is tested without a display.
 *
 * <p>The page is shown inside an area (the viewer less its padding). Where the shown page is smaller
 * than the area along an axis it is centred on that axis; where it is larger it may be moved until
 * its edge meets the area's edge, never further, so the page cannot be lost out of sight.
 */
final class Viewport {

    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 8;

    private double pageWidth;
    private double pageHeight;
    private int quarterTurns;
    private double zoom = 1;
    private Fit fit = Fit.WIDTH;

    /** The shown page's top-left corner, in the viewer's coordinates. */
    private double left;
    private double top;

    private double areaX;
    private double areaY;
    private double areaWidth;
    private double areaHeight;

    /** Shows a new page upright, fitted to the area's width and scrolled to its top. */
    void showPage(double width, double height) {
        showPage(width, height, 0);
    }

    /** Shows a new page turned clockwise by quarter turns, fitted to the area's width and scrolled to its top. */
    void showPage(double width, double height, int turns) {
        pageWidth = Math.max(0, width);
        pageHeight = Math.max(0, height);
        quarterTurns = Math.floorMod(turns, 4);
        fit = Fit.WIDTH;
        if (ready()) {
            zoom = fittedZoom();
            left = areaX;
            top = areaY;
            keepInArea();
        }
    }

    /**
     * Sets the area the page is shown in. The fit is applied again; what the operator was looking at
     * stays where it was: the top of the view in fit-width, the middle otherwise.
     */
    void resize(double x, double y, double width, double height) {
        if (x == areaX && y == areaY && width == areaWidth && height == areaHeight) {
            return;
        }
        boolean wasReady = ready();
        double anchorX = 0.5;
        double anchorY = fit == Fit.WIDTH ? 0 : 0.5;
        double shownX = wasReady ? (areaX + anchorX * areaWidth - left) / shownWidth() : 0.5;
        double shownY = wasReady ? (areaY + anchorY * areaHeight - top) / shownHeight() : 0;
        areaX = x;
        areaY = y;
        areaWidth = width;
        areaHeight = height;
        if (!ready()) {
            return;
        }
        if (fit != Fit.NONE) {
            zoom = fittedZoom();
        }
        if (wasReady) {
            left = areaX + anchorX * areaWidth - shownX * shownWidth();
            top = areaY + anchorY * areaHeight - shownY * shownHeight();
        } else {
            top = areaY;
        }
        keepInArea();
    }

    /** Zooms keeping the page point at ({@code x}, {@code y}) where it is; the operator's own zoom, no fit. */
    void zoomAt(double newZoom, double x, double y) {
        scaleAt(newZoom, x, y);
        fit = Fit.NONE;
    }

    /** Zooms keeping the middle of the area where it is. */
    void zoomTo(double newZoom) {
        zoomAt(newZoom, centreX(), centreY());
    }

    void fit(Fit newFit) {
        if (newFit != Fit.NONE && ready()) {
            fit = newFit;
            scaleAt(fittedZoom(), centreX(), centreY());
        }
        fit = newFit;
    }

    void panBy(double dx, double dy) {
        left += dx;
        top += dy;
        keepInArea();
    }

    /** Turns the page clockwise by quarter turns, keeping the page point in the middle of the area there. */
    void turn(int turns) {
        if (!ready()) {
            quarterTurns = Math.floorMod(quarterTurns + turns, 4);
            return;
        }
        double x = centreX();
        double y = centreY();
        double u = pageX(x, y);
        double v = pageY(x, y);
        quarterTurns = Math.floorMod(quarterTurns + turns, 4);
        if (fit != Fit.NONE) {
            zoom = fittedZoom();
        }
        left = x - shownFractionX(u, v) * shownWidth();
        top = y - shownFractionY(u, v) * shownHeight();
        keepInArea();
    }

    /**
     * Moves the page so that the box is in view: along each axis where it is not wholly inside the
     * area it is brought to the middle. Returns whether anything moved.
     */
    boolean reveal(Box box) {
        if (!ready()) {
            return false;
        }
        double x0 = localX(box.x0(), box.y0());
        double y0 = localY(box.x0(), box.y0());
        double x1 = localX(box.x1(), box.y1());
        double y1 = localY(box.x1(), box.y1());
        double minX = Math.min(x0, x1);
        double maxX = Math.max(x0, x1);
        double minY = Math.min(y0, y1);
        double maxY = Math.max(y0, y1);
        double beforeLeft = left;
        double beforeTop = top;
        if (minX < areaX || maxX > areaX + areaWidth) {
            left += centreX() - (minX + maxX) / 2;
        }
        if (minY < areaY || maxY > areaY + areaHeight) {
            top += centreY() - (minY + maxY) / 2;
        }
        keepInArea();
        return left != beforeLeft || top != beforeTop;
    }

    /** The viewer's x of the page point at fractions ({@code u}, {@code v}) of the page as captured. */
    double localX(double u, double v) {
        return left + shownFractionX(u, v) * shownWidth();
    }

    double localY(double u, double v) {
        return top + shownFractionY(u, v) * shownHeight();
    }

    /** The fraction of the page's width, as captured, shown at the viewer's point ({@code x}, {@code y}). */
    double pageX(double x, double y) {
        double r = (x - left) / shownWidth();
        double s = (y - top) / shownHeight();
        return switch (quarterTurns) {
            case 1 -> s;
            case 2 -> 1 - r;
            case 3 -> 1 - s;
            default -> r;
        };
    }

    double pageY(double x, double y) {
        double r = (x - left) / shownWidth();
        double s = (y - top) / shownHeight();
        return switch (quarterTurns) {
            case 1 -> 1 - r;
            case 2 -> 1 - s;
            case 3 -> r;
            default -> s;
        };
    }

    /** Where a page fraction lands across the shown, turned page: a turn clockwise takes the top-left corner to the top right. */
    private double shownFractionX(double u, double v) {
        return switch (quarterTurns) {
            case 1 -> 1 - v;
            case 2 -> 1 - u;
            case 3 -> v;
            default -> u;
        };
    }

    private double shownFractionY(double u, double v) {
        return switch (quarterTurns) {
            case 1 -> u;
            case 2 -> 1 - v;
            case 3 -> 1 - u;
            default -> v;
        };
    }

    double zoom() {
        return zoom;
    }

    Fit fit() {
        return fit;
    }

    int quarterTurns() {
        return quarterTurns;
    }

    double pageWidth() {
        return pageWidth;
    }

    double pageHeight() {
        return pageHeight;
    }

    double left() {
        return left;
    }

    double top() {
        return top;
    }

    double areaWidth() {
        return areaWidth;
    }

    double areaHeight() {
        return areaHeight;
    }

    boolean hasPage() {
        return pageWidth > 0 && pageHeight > 0;
    }

    /** The page's width on screen, turned. */
    double shownWidth() {
        return turnedWidth() * zoom;
    }

    double shownHeight() {
        return turnedHeight() * zoom;
    }

    private double turnedWidth() {
        return quarterTurns % 2 == 0 ? pageWidth : pageHeight;
    }

    private double turnedHeight() {
        return quarterTurns % 2 == 0 ? pageHeight : pageWidth;
    }

    /** Whether there is a page and room to show it. */
    boolean ready() {
        return hasPage() && areaWidth > 0 && areaHeight > 0;
    }

    private double centreX() {
        return areaX + areaWidth / 2;
    }

    private double centreY() {
        return areaY + areaHeight / 2;
    }

    private double fittedZoom() {
        double across = areaWidth / turnedWidth();
        return bounded(fit == Fit.PAGE ? Math.min(across, areaHeight / turnedHeight()) : across);
    }

    private void scaleAt(double newZoom, double x, double y) {
        if (!ready()) {
            return;
        }
        double bounded = bounded(newZoom);
        double factor = bounded / zoom;
        left = x - (x - left) * factor;
        top = y - (y - top) * factor;
        zoom = bounded;
        keepInArea();
    }

    private void keepInArea() {
        left = placed(left, shownWidth(), areaX, areaWidth);
        top = placed(top, shownHeight(), areaY, areaHeight);
    }

    private static double placed(double start, double shown, double areaStart, double areaLength) {
        if (shown <= areaLength) {
            return areaStart + (areaLength - shown) / 2;
        }
        return Math.max(areaStart + areaLength - shown, Math.min(areaStart, start));
    }

    private static double bounded(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }
}
