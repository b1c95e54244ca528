package io.verifact.ui;

import io.verifact.model.Box;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** A zone of a page shown magnified in a picture, with a little of the page around it, so its words are read in context. */
final class PageSnippet {

    /** How much page is kept around the zone, as a fraction of the page: more across than down, where lines are close. */
    private static final double MARGIN = 0.01;

    private PageSnippet() {
    }

    /** Shows the zone of the page in the picture; a null page or zone shows nothing. */
    static void show(ImageView picture, Image page, Box zone) {
        if (page == null || zone == null) {
            picture.setImage(null);
            return;
        }
        double x0 = Math.max(0, zone.x0() - MARGIN * 3) * page.getWidth();
        double y0 = Math.max(0, zone.y0() - MARGIN) * page.getHeight();
        double x1 = Math.min(1, zone.x1() + MARGIN * 3) * page.getWidth();
        double y1 = Math.min(1, zone.y1() + MARGIN) * page.getHeight();
        picture.setImage(page);
        picture.setViewport(new Rectangle2D(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0)));
    }
}
