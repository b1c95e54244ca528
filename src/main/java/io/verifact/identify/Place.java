package io.verifact.identify;

import io.verifact.model.Box;

/** Where on the page something stands, in the words the operator uses. */
final class Place {

    private Place() {
    }

    static String of(int page, Box box) {
        if (box == null) {
            return "on page " + page;
        }
        String height = box.centerY() < 1 / 3.0 ? "top" : box.centerY() < 2 / 3.0 ? "middle" : "bottom";
        String side = box.centerX() < 1 / 3.0 ? "left" : box.centerX() < 2 / 3.0 ? "centre" : "right";
        return "on page " + page + " at the " + (height.equals("middle") && side.equals("centre") ? "centre" : height + " " + side);
    }
}
