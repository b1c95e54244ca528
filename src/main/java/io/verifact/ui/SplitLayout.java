package io.verifact.ui;

/**
 * Where the dividers between queue, page and fields stand, as the operator left them, at any width of the
 * window: the queue keeps its width, and the page and the fields share what is left as they did.
 *
 * <p>Divider positions alone are fractions of one width. The window is first laid out at another width than
 * it ends with (the scene's own before the window's, the normal size before the maximised one), and a
 * split pane gives a resize evenly to its panes: applied once, the fractions drift at every start.
 *
 * @param queue the first divider, as a fraction of {@code width}
 * @param fields the second divider, as a fraction of {@code width}
 * @param width the split's width in pixels when the dividers stood there
 */
record SplitLayout(double queue, double fields, double width) {

    /** Queue, page and fields before the operator moved anything, on a window of the size it first opens at. */
    static final SplitLayout FIRST = new SplitLayout(0.22, 0.70, 1440);

    /** The divider positions for a split of that width. */
    double[] at(double newWidth) {
        if (newWidth <= 0 || width <= 0) {
            return new double[] {queue, fields};
        }
        double queueThere = Math.clamp(queue * width / newWidth, 0, 1);
        double pageShare = queue >= 1 ? 0 : (fields - queue) / (1 - queue);
        return new double[] {queueThere, Math.clamp(queueThere + pageShare * (1 - queueThere), queueThere, 1)};
    }
}
