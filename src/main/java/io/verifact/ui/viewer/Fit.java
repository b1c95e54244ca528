package io.verifact.ui.viewer;

/** How the viewer sizes the page, kept while the viewer is resized or the page turned. */
public enum Fit {
    /** The page's width fills the viewer's. */
    WIDTH,
    /** The whole page is in view. */
    PAGE,
    /** The zoom the operator chose stays as it is. */
    NONE
}
