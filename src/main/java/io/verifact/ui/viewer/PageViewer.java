package io.verifact.ui.viewer;

import io.verifact.model.Box;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One page of a document with the fields read on it drawn over it, for the operator to check them
 * against the page.
 *
 * <p><b>Zoom</b> is how many screen pixels one pixel of the page image takes: 1.0 is the image's
 * actual size, 0.5 half of it. A page rendered at 300 dpi is usually fitted at about 0.3. It is
 * bounded by {@link #MIN_ZOOM} and {@link #MAX_ZOOM}, fits included.
 *
 * <p>Field boxes are fractions of the page as captured; the viewer maps them through its zoom, its
 * place and its {@linkplain #rotate(int) turns}, so they stay on their words. A new page is shown
 * upright (unless {@linkplain #showPage(Image, int) given its turns}), fitted to the viewer's width and
 * from its top; a fit is kept while the viewer is resized.
 *
 * <p>Mouse: dragging with the primary button pans; the wheel scrolls, sideways with Shift; Ctrl (or
 * the platform's shortcut) with the wheel zooms at the pointer, as does a pinch; a click on a box
 * selects its field. Dragging with Shift or the shortcut held, or any drag while {@linkplain
 * #drawingProperty() drawing}, draws a {@linkplain #zoneProperty() zone} instead of panning: a rubber
 * band that stays on the page once drawn, for the operator to have it read; a double click asks for
 * the word under the pointer. Keys while focused: arrows pan, Page Up and Page Down scroll by a
 * screen, Home and End go to the top and the bottom, + and - zoom, 0 fits the page, 1 shows the
 * actual size, W fits the width, Esc drops a zone being drawn, or else stops drawing.
 *
 * <p>The image is scaled as a node and moved by its layout position; nothing rescales pixels on a
 * gesture, and the gesture handlers allocate nothing. Once the zoom has rested below the page's actual
 * size, the viewer makes a copy of the page at the size it is shown, a few rows between one event and
 * the next ({@link PageCopy}); until the zoom changes again that copy is drawn pixel for pixel, which
 * makes each frame of a pan several times cheaper than scaling the page again.
 */
public final class PageViewer extends Region {

    public static final double MIN_ZOOM = Viewport.MIN_ZOOM;
    public static final double MAX_ZOOM = Viewport.MAX_ZOOM;

    static final String STYLE_CLASS = "page-viewer";
    static final String PAGE_STYLE_CLASS = "page";
    static final String IMAGE_STYLE_CLASS = "page-image";
    static final String BOX_STYLE_CLASS = "field-box";
    static final String LABEL_STYLE_CLASS = "field-box-label";
    static final String ZONE_STYLE_CLASS = "zone";
    /** A label standing on its box's right end rather than its left. */
    private static final String FROM_RIGHT = "from-right";

    private static final String STYLESHEET = Objects.requireNonNull(
            PageViewer.class.getResource("viewer.css"), "viewer.css is missing from the build").toExternalForm();
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final PseudoClass HOVERED = PseudoClass.getPseudoClass("hovered");

    private static final double ZOOM_STEP = 1.25;
    /** A wheel notch is a delta of about 40, and zooms by about a fifth. */
    private static final double WHEEL_ZOOM_RATE = 0.005;
    private static final double KEY_PAN = 48;
    private static final double SCREENFUL = 0.9;
    /** The viewer's own size says nothing of the page's: the window gives it its room. */
    private static final double PREF_WIDTH = 480;
    private static final double PREF_HEIGHT = 640;
    private static final double MIN_SIDE = 80;
    /** A drag shorter than this on either side, in screen pixels, was a click, not a zone. */
    private static final double MIN_ZONE = 4;
    /** How long the zoom must rest before a copy of the page at that zoom is begun. */
    private static final double COPY_DELAY_MS = 120;
    /** Page pixels read into a copy between two looks at the events waiting. */
    private static final int PIXELS_PER_SLICE = 150_000;

    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final ObservableList<FieldBox> boxes = FXCollections.observableArrayList();
    private final StringProperty highlighted = new SimpleStringProperty(this, "highlighted");
    private final ReadOnlyStringWrapper hovered = new ReadOnlyStringWrapper(this, "hovered");
    private final StringProperty pointed = new SimpleStringProperty(this, "pointed");
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyObjectWrapper<Fit> fit = new ReadOnlyObjectWrapper<>(this, "fit", Fit.WIDTH);
    private final ReadOnlyIntegerWrapper quarterTurns = new ReadOnlyIntegerWrapper(this, "quarterTurns");
    private final BooleanProperty drawing = new SimpleBooleanProperty(this, "drawing");
    private final ObjectProperty<Box> zone = new SimpleObjectProperty<>(this, "zone");
    private Consumer<String> onBoxSelected = id -> { };
    private Consumer<Box> onZoneDrawn = box -> { };
    private Consumer<Point2D> onPageDoubleClicked = point -> { };

    private final Viewport viewport = new Viewport();
    private final Region paper = new Region();
    private final ImageView picture = new ImageView();
    private final Group overlay = new Group();
    private final Group labels = new Group();
    private final Rectangle band = new Rectangle();
    private final Region focusRing = new Region();
    private final Rectangle clip = new Rectangle();
    /** A page loading in the background keeps the turns it was shown at once its size is known. */
    private final InvalidationListener pageLoaded = loading -> showPage(viewport.quarterTurns());
    /** The turns the page being set is to be shown at: 0, upright, unless it is set by {@link #showPage(Image, int)}. */
    private int turnsOfNextPage;

    /** The box under the pointer, null when it is on none. */
    private Rectangle underPointer;
    private boolean panning;
    private boolean drawingZone;
    private double dragX;
    private double dragY;
    private boolean revealWhenLaidOut;

    /** Of the page at its shown zoom, the copy asked for last: once made, {@link #copy}. */
    private Image copyOf;
    private double copyZoom;
    /** The page at the shown size, of {@link #copyOf} at {@link #copyZoom}; null while there is none. */
    private Image copy;
    /** The copy being made, null when none is. */
    private PageCopy making;
    /** A copy is begun once the zoom has rested this long: not for each step of a zoom gesture. */
    private final PauseTransition copyDelay = new PauseTransition(Duration.millis(COPY_DELAY_MS));

    public PageViewer() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setClip(clip);

        paper.getStyleClass().add(PAGE_STYLE_CLASS);
        picture.getStyleClass().add(IMAGE_STYLE_CLASS);
        picture.setSmooth(true);
        picture.setPreserveRatio(false);
        focusRing.getStyleClass().add("focus-ring");
        band.getStyleClass().add(ZONE_STYLE_CLASS);
        band.setVisible(false);
        for (Node layer : new Node[] {paper, picture, overlay, labels, band, focusRing}) {
            layer.setManaged(false);
            layer.setMouseTransparent(true);
        }
        getChildren().addAll(paper, picture, overlay, labels, band, focusRing);

        image.addListener(this::pageChanged);
        boxes.addListener((ListChangeListener<FieldBox>) change -> drawBoxes());
        highlighted.addListener((property, before, now) -> highlight(now, true));
        pointed.addListener((property, before, now) -> markHovered());
        zone.addListener((property, before, now) -> placeZone());
        drawing.addListener((property, before, now) -> showHovered(null));

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, event -> hover(event.getX(), event.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> showHovered(null));
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, this::pinched);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        setCursor(Cursor.OPEN_HAND);
    }

    // The page and its boxes

    /** The page shown, usually a render at 150 to 300 dpi; an image still loading is shown once loaded. */
    public ObjectProperty<Image> imageProperty() {
        return image;
    }

    public Image getImage() {
        return image.get();
    }

    /** Shows a page upright. */
    public void setImage(Image page) {
        image.set(page);
    }

    /**
     * Shows a page turned clockwise by quarter turns, as the operator turned it when it was shown
     * before; the page shown already is turned so.
     */
    public void showPage(Image page, int quarterTurns) {
        if (image.get() == page) {
            int turns = Math.floorMod(quarterTurns - viewport.quarterTurns(), 4);
            if (turns != 0) {
                rotate(turns);
            }
            return;
        }
        turnsOfNextPage = quarterTurns;
        try {
            image.set(page);
        } finally {
            turnsOfNextPage = 0;
        }
    }

    /** The fields read on the shown page, drawn over it in their state's colour. */
    public ObservableList<FieldBox> getBoxes() {
        return boxes;
    }

    /**
     * The field the operator is on: its box is drawn stronger and brought into view when it is set.
     * Null for none.
     */
    public StringProperty highlightedProperty() {
        return highlighted;
    }

    public String getHighlighted() {
        return highlighted.get();
    }

    public void setHighlighted(String id) {
        highlighted.set(id);
    }

    /** The field whose box is under the pointer, null when none is. */
    public ReadOnlyStringProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    public String getHovered() {
        return hovered.get();
    }

    /**
     * The field the operator points at outside the viewer, such as its row in a form beside it: its box
     * is drawn as if the pointer were over it, without moving the page. Null for none.
     */
    public StringProperty pointedProperty() {
        return pointed;
    }

    public String getPointed() {
        return pointed.get();
    }

    public void setPointed(String id) {
        pointed.set(id);
    }

    /** The field whose box the operator clicked last; see also {@link #setOnBoxSelected}. */
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public String getSelected() {
        return selected.get();
    }

    /** Called with a field's id each time the operator clicks its box, the same box twice included. */
    public void setOnBoxSelected(Consumer<String> action) {
        onBoxSelected = Objects.requireNonNull(action, "action");
    }

    public Consumer<String> getOnBoxSelected() {
        return onBoxSelected;
    }

    // Zones drawn on the page

    /** Whether a plain drag draws a zone rather than panning; Shift or the shortcut held draws one anyway. */
    public BooleanProperty drawingProperty() {
        return drawing;
    }

    public boolean isDrawing() {
        return drawing.get();
    }

    public void setDrawing(boolean on) {
        drawing.set(on);
    }

    /**
     * The zone drawn on the page, in fractions of the page as captured, shown as a rubber band until it
     * is set to null. Drawing sets it; it can be set to show a zone too (a word asked for by a double click).
     */
    public ObjectProperty<Box> zoneProperty() {
        return zone;
    }

    public Box getZone() {
        return zone.get();
    }

    public void setZone(Box drawn) {
        zone.set(drawn);
    }

    /** Called with the zone each time the operator finishes drawing one, in fractions of the page as captured. */
    public void setOnZoneDrawn(Consumer<Box> action) {
        onZoneDrawn = Objects.requireNonNull(action, "action");
    }

    /** Called with the point of the page, in fractions of the page as captured, that the operator double-clicked. */
    public void setOnPageDoubleClicked(Consumer<Point2D> action) {
        onPageDoubleClicked = Objects.requireNonNull(action, "action");
    }

    /**
     * Brings a field's box into view when it is not, moving the page no more than needed along each
     * axis. Returns false when no box has that id.
     */
    public boolean scrollIntoView(String id) {
        Box place = placeOf(id);
        if (place == null) {
            return false;
        }
        if (viewport.reveal(place)) {
            place();
        }
        return true;
    }

    // Zoom, fit and turns

    /** Screen pixels per image pixel: 1.0 is the image's actual size. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    /** How the page is sized: a fit is kept on resizing and turning until the operator zooms. */
    public ReadOnlyObjectProperty<Fit> fitProperty() {
        return fit.getReadOnlyProperty();
    }

    public Fit getFit() {
        return fit.get();
    }

    /**
     * Quarter turns clockwise the page is shown at, 0 to 3. They belong to the page: another page is
     * shown upright, unless it is shown {@linkplain #showPage(Image, int) with turns of its own}.
     */
    public ReadOnlyIntegerProperty quarterTurnsProperty() {
        return quarterTurns.getReadOnlyProperty();
    }

    public int getQuarterTurns() {
        return quarterTurns.get();
    }

    public void zoomIn() {
        zoomTo(viewport.zoom() * ZOOM_STEP);
    }

    public void zoomOut() {
        zoomTo(viewport.zoom() / ZOOM_STEP);
    }

    /** Zooms about the middle of the view, within the bounds. */
    public void zoomTo(double newZoom) {
        viewport.zoomTo(newZoom);
        changed();
    }

    public void actualSize() {
        zoomTo(1);
    }

    public void fitWidth() {
        viewport.fit(Fit.WIDTH);
        changed();
    }

    public void fitPage() {
        viewport.fit(Fit.PAGE);
        changed();
    }

    /**
     * Turns the page clockwise by quarter turns (negative: counter-clockwise), for a page scanned
     * sideways or upside down. Boxes, given on the page as captured, turn with it.
     */
    public void rotate(int turns) {
        viewport.turn(turns);
        changed();
    }

    // Between the page and the viewer

    /** The viewer's point showing the page point at fractions ({@code x}, {@code y}) of the page as captured. */
    public Point2D pageToLocal(double x, double y) {
        return new Point2D(viewport.localX(x, y), viewport.localY(x, y));
    }

    /** The fractions of the page as captured shown at the viewer's point ({@code x}, {@code y}). */
    public Point2D localToPage(double x, double y) {
        return new Point2D(viewport.pageX(x, y), viewport.pageY(x, y));
    }

    // Layout

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        viewport.resize(x, y, getWidth() - x - snappedRightInset(), getHeight() - y - snappedBottomInset());
        focusRing.resizeRelocate(0, 0, getWidth(), getHeight());
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        revealIfDue();
        changed();
    }

    /** Brings the highlighted box into view once there is a page and room to show it. */
    private void revealIfDue() {
        if (revealWhenLaidOut && viewport.ready()) {
            revealWhenLaidOut = false;
            Box place = placeOf(highlighted.get());
            if (place != null) {
                viewport.reveal(place);
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + PREF_WIDTH + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + PREF_HEIGHT + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + MIN_SIDE + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + MIN_SIDE + snappedBottomInset();
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    private void pageChanged(ObservableValue<? extends Image> property, Image before, Image now) {
        if (before != null) {
            before.widthProperty().removeListener(pageLoaded);
            before.heightProperty().removeListener(pageLoaded);
        }
        if (now != null) {
            now.widthProperty().addListener(pageLoaded);
            now.heightProperty().addListener(pageLoaded);
        }
        dropCopy();
        showPage(turnsOfNextPage);
    }

    private void showPage(int turns) {
        Image page = image.get();
        viewport.showPage(page == null ? 0 : page.getWidth(), page == null ? 0 : page.getHeight(), turns);
        revealIfDue();
        hovered.set(null);
        changed();
    }

    /** Publishes the viewport's state and moves the nodes to it. */
    private void changed() {
        zoom.set(viewport.zoom());
        fit.set(viewport.fit());
        quarterTurns.set(viewport.quarterTurns());
        place();
    }

    private void place() {
        boolean shown = viewport.ready();
        paper.setVisible(shown);
        picture.setVisible(shown);
        overlay.setVisible(shown);
        labels.setVisible(shown);
        placeZone();
        if (!shown) {
            return;
        }
        double width = viewport.shownWidth();
        double height = viewport.shownHeight();
        paper.resizeRelocate(viewport.left(), viewport.top(), width, height);

        // The image is sized as captured and turned about its centre, which stays the shown page's centre.
        // A copy at the shown size is drawn at whole pixels, so that it is copied rather than scaled. Asking
        // for the copy of this page at this zoom drops one of another.
        askForCopy();
        boolean copied = copy != null;
        Image drawn = copied ? copy : image.get();
        if (picture.getImage() != drawn) {
            picture.setImage(drawn);
        }
        double imageWidth = copied ? copy.getWidth() : viewport.pageWidth() * viewport.zoom();
        double imageHeight = copied ? copy.getHeight() : viewport.pageHeight() * viewport.zoom();
        boolean sideways = viewport.quarterTurns() % 2 == 1;
        double drawnWidth = sideways ? imageHeight : imageWidth;
        double drawnHeight = sideways ? imageWidth : imageHeight;
        double drawnX = viewport.left() + (width - drawnWidth) / 2;
        double drawnY = viewport.top() + (height - drawnHeight) / 2;
        if (copied) {
            drawnX = Math.round(drawnX);
            drawnY = Math.round(drawnY);
        }
        picture.setFitWidth(imageWidth);
        picture.setFitHeight(imageHeight);
        picture.setRotate(90.0 * viewport.quarterTurns());
        picture.setLayoutX(drawnX - (imageWidth - drawnWidth) / 2);
        picture.setLayoutY(drawnY - (imageHeight - drawnHeight) / 2);

        for (Node node : overlay.getChildren()) {
            Rectangle shape = (Rectangle) node;
            placeBox(shape, ((FieldBox) shape.getUserData()).box());
        }
        for (Node label : labels.getChildren()) {
            Box box = ((FieldBox) label.getUserData()).box();
            double left = Math.min(viewport.localX(box.x0(), box.y0()), viewport.localX(box.x1(), box.y1()));
            double right = Math.max(viewport.localX(box.x0(), box.y0()), viewport.localX(box.x1(), box.y1()));
            // A box on the right half of the view carries its words from its right edge, so they stay on the page.
            boolean fromRight = (left + right) / 2 > viewport.left() + viewport.shownWidth() / 2;
            if (label.getStyleClass().contains(FROM_RIGHT) != fromRight) {
                if (fromRight) {
                    label.getStyleClass().add(FROM_RIGHT);
                } else {
                    label.getStyleClass().remove(FROM_RIGHT);
                }
            }
            label.relocate(fromRight ? right : left,
                    Math.min(viewport.localY(box.x0(), box.y0()), viewport.localY(box.x1(), box.y1())));
        }
    }

    /**
     * Asks for a copy of the page at the shown zoom, to be begun once the zoom has rested, unless
     * it is asked for already or the page is shown at its actual size or larger, where a copy would
     * be no smaller.
     */
    private void askForCopy() {
        Image page = image.get();
        double at = viewport.zoom();
        if (copyOf == page && copyZoom == at) {
            return;
        }
        dropCopy();
        copyOf = page;
        copyZoom = at;
        int width = (int) Math.round(viewport.pageWidth() * at);
        int height = (int) Math.round(viewport.pageHeight() * at);
        if (page == null || page.isError() || page.getPixelReader() == null
                || width < 1 || height < 1 || width >= page.getWidth() || height >= page.getHeight()) {
            return;
        }
        copyDelay.setOnFinished(rested -> {
            PageCopy copying = new PageCopy(page, width, height);
            making = copying;
            Platform.runLater(() -> copySome(copying));
        });
        copyDelay.playFromStart();
    }

    /**
     * Makes a slice of the copy, about a millisecond's work, then lets the events and the frames
     * waiting have their turn before the next slice; shows the copy once it is whole.
     */
    private void copySome(PageCopy copying) {
        if (making != copying) {
            return;
        }
        if (!copying.advance(Math.max(1, PIXELS_PER_SLICE / copying.pageWidth()))) {
            Platform.runLater(() -> copySome(copying));
            return;
        }
        making = null;
        copy = copying.image();
        place();
    }

    /** Forgets the copy of the page and stops one being made. */
    private void dropCopy() {
        copy = null;
        copyOf = null;
        making = null;
        copyDelay.stop();
    }

    /** Puts the rubber band on the zone, unless the operator is drawing one. */
    private void placeZone() {
        if (drawingZone) {
            return;
        }
        Box drawn = zone.get();
        band.setVisible(drawn != null && viewport.ready());
        if (band.isVisible()) {
            placeBox(band, drawn);
        }
    }

    private void placeBox(Rectangle shape, Box box) {
        double x0 = viewport.localX(box.x0(), box.y0());
        double y0 = viewport.localY(box.x0(), box.y0());
        double x1 = viewport.localX(box.x1(), box.y1());
        double y1 = viewport.localY(box.x1(), box.y1());
        shape.setX(Math.min(x0, x1));
        shape.setY(Math.min(y0, y1));
        shape.setWidth(Math.abs(x1 - x0));
        shape.setHeight(Math.abs(y1 - y0));
    }

    private void drawBoxes() {
        overlay.getChildren().clear();
        labels.getChildren().clear();
        for (FieldBox box : boxes) {
            String state = box.state().name().toLowerCase(Locale.ROOT);
            Rectangle shape = new Rectangle();
            shape.getStyleClass().addAll(BOX_STYLE_CLASS, state);
            shape.setUserData(box);
            overlay.getChildren().add(shape);
            if (!box.label().isEmpty()) {
                // Written on the box's top edge, standing on it.
                Label label = new Label(box.label());
                label.getStyleClass().addAll(LABEL_STYLE_CLASS, state);
                label.setUserData(box);
                label.translateYProperty().bind(label.heightProperty().negate());
                label.translateXProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> label.getStyleClass().contains(FROM_RIGHT) ? -label.getWidth() : 0, label.widthProperty(), label.getStyleClass()));
                labels.getChildren().add(label);
            }
        }
        highlight(highlighted.get(), false);
        underPointer = null;
        markHovered();
        hovered.set(null);
        place();
    }

    /** Marks the boxes of a field as the one the operator is on, and brings them into view if asked. */
    private void highlight(String id, boolean reveal) {
        List<Node> on = new ArrayList<>();
        for (Node node : overlay.getChildren()) {
            boolean highlighting = ((FieldBox) node.getUserData()).id().equals(id);
            node.pseudoClassStateChanged(HIGHLIGHTED, highlighting);
            if (highlighting) {
                on.add(node);
            }
        }
        // Drawn last, so no neighbour covers its outline.
        on.forEach(Node::toFront);
        if (id == null || !reveal) {
            return;
        }
        if (viewport.ready()) {
            scrollIntoView(id);
        } else {
            revealWhenLaidOut = true;
        }
    }

    /** Where the boxes of a field are, together; null when it has none on this page. */
    private Box placeOf(String id) {
        Box place = null;
        for (FieldBox box : boxes) {
            if (box.id().equals(id)) {
                place = place == null ? box.box() : place.union(box.box());
            }
        }
        return place;
    }

    /** The smallest box under the viewer's point, so a box inside another can still be reached; null off every box. */
    private Rectangle boxAt(double x, double y) {
        Rectangle found = null;
        double foundArea = Double.POSITIVE_INFINITY;
        for (Node node : overlay.getChildren()) {
            Rectangle shape = (Rectangle) node;
            double area = shape.getWidth() * shape.getHeight();
            if (x >= shape.getX() && x <= shape.getX() + shape.getWidth()
                    && y >= shape.getY() && y <= shape.getY() + shape.getHeight() && area < foundArea) {
                found = shape;
                foundArea = area;
            }
        }
        return found;
    }

    // Gestures

    private void hover(double x, double y) {
        showHovered(boxAt(x, y));
    }

    private void showHovered(Rectangle under) {
        underPointer = under;
        markHovered();
        hovered.set(under == null ? null : ((FieldBox) under.getUserData()).id());
        setCursor(under != null ? Cursor.HAND : drawing.get() ? Cursor.CROSSHAIR : Cursor.OPEN_HAND);
    }

    /** Draws as hovered the box under the pointer and the boxes of the field pointed at from outside. */
    private void markHovered() {
        String outside = pointed.get();
        for (Node node : overlay.getChildren()) {
            node.pseudoClassStateChanged(HOVERED, node == underPointer || ((FieldBox) node.getUserData()).id().equals(outside));
        }
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragX = event.getX();
        dragY = event.getY();
        if (drawing.get() || event.isShiftDown() || event.isShortcutDown()) {
            drawingZone = viewport.ready();
            setCursor(Cursor.CROSSHAIR);
            return;
        }
        panning = true;
        setCursor(Cursor.CLOSED_HAND);
    }

    private void dragged(MouseEvent event) {
        if (drawingZone) {
            stretchBand(event.getX(), event.getY());
            event.consume();
            return;
        }
        if (!panning) {
            return;
        }
        viewport.panBy(event.getX() - dragX, event.getY() - dragY);
        dragX = event.getX();
        dragY = event.getY();
        place();
        event.consume();
    }

    private void released(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (drawingZone) {
            drawingZone = false;
            boolean wide = Math.abs(event.getX() - dragX) >= MIN_ZONE && Math.abs(event.getY() - dragY) >= MIN_ZONE;
            if (wide) {
                Box drawn = onPage(dragX, dragY, event.getX(), event.getY());
                zone.set(drawn);
                placeZone();
                onZoneDrawn.accept(drawn);
            } else {
                placeZone();
            }
            hover(event.getX(), event.getY());
            event.consume();
        } else if (panning) {
            panning = false;
            hover(event.getX(), event.getY());
        }
    }

    /** Draws the rubber band from where the drag began to the pointer, within the page. */
    private void stretchBand(double x, double y) {
        double left = Math.max(viewport.left(), Math.min(viewport.left() + viewport.shownWidth(), Math.min(dragX, x)));
        double right = Math.max(viewport.left(), Math.min(viewport.left() + viewport.shownWidth(), Math.max(dragX, x)));
        double top = Math.max(viewport.top(), Math.min(viewport.top() + viewport.shownHeight(), Math.min(dragY, y)));
        double bottom = Math.max(viewport.top(), Math.min(viewport.top() + viewport.shownHeight(), Math.max(dragY, y)));
        band.setX(left);
        band.setY(top);
        band.setWidth(right - left);
        band.setHeight(bottom - top);
        band.setVisible(true);
    }

    /** The rectangle between two points of the viewer, in fractions of the page as captured, within the page. */
    private Box onPage(double x0, double y0, double x1, double y1) {
        double u0 = viewport.pageX(x0, y0);
        double v0 = viewport.pageY(x0, y0);
        double u1 = viewport.pageX(x1, y1);
        double v1 = viewport.pageY(x1, y1);
        return new Box(fraction(Math.min(u0, u1)), fraction(Math.min(v0, v1)), fraction(Math.max(u0, u1)), fraction(Math.max(v0, v1)));
    }

    private static double fraction(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        if (event.getClickCount() == 2 && viewport.ready()) {
            double u = viewport.pageX(event.getX(), event.getY());
            double v = viewport.pageY(event.getX(), event.getY());
            if (u >= 0 && u <= 1 && v >= 0 && v <= 1) {
                onPageDoubleClicked.accept(new Point2D(u, v));
                event.consume();
                return;
            }
        }
        if (event.isShiftDown() || event.isShortcutDown()) {
            return;
        }
        Rectangle under = boxAt(event.getX(), event.getY());
        if (under != null) {
            String id = ((FieldBox) under.getUserData()).id();
            selected.set(id);
            onBoxSelected.accept(id);
            event.consume();
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.isControlDown() || event.isShortcutDown()) {
            viewport.zoomAt(viewport.zoom() * Math.exp(event.getDeltaY() * WHEEL_ZOOM_RATE), event.getX(), event.getY());
            changed();
        } else if (event.isShiftDown()) {
            // Some platforms turn a Shift-wheel into a sideways delta themselves, others do not.
            viewport.panBy(event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY(), 0);
            place();
        } else {
            viewport.panBy(event.getDeltaX(), event.getDeltaY());
            place();
        }
        hover(event.getX(), event.getY());
        event.consume();
    }

    private void pinched(ZoomEvent event) {
        viewport.zoomAt(viewport.zoom() * event.getZoomFactor(), event.getX(), event.getY());
        changed();
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE && (drawingZone || drawing.get())) {
            // Esc drops the zone being drawn; with none, it leaves drawing for panning.
            if (drawingZone) {
                drawingZone = false;
                placeZone();
            } else {
                drawing.set(false);
            }
            event.consume();
            return;
        }
        if (event.isAltDown() || (event.isShortcutDown() && !zoomKey(event))) {
            return;
        }
        switch (event.getCode()) {
            case LEFT, KP_LEFT -> viewport.panBy(KEY_PAN, 0);
            case RIGHT, KP_RIGHT -> viewport.panBy(-KEY_PAN, 0);
            case UP, KP_UP -> viewport.panBy(0, KEY_PAN);
            case DOWN, KP_DOWN -> viewport.panBy(0, -KEY_PAN);
            case PAGE_UP -> viewport.panBy(0, viewport.areaHeight() * SCREENFUL);
            case PAGE_DOWN -> viewport.panBy(0, -viewport.areaHeight() * SCREENFUL);
            case HOME -> viewport.panBy(0, viewport.shownHeight());
            case END -> viewport.panBy(0, -viewport.shownHeight());
            case PLUS, EQUALS, ADD -> viewport.zoomTo(viewport.zoom() * ZOOM_STEP);
            case MINUS, SUBTRACT -> viewport.zoomTo(viewport.zoom() / ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> viewport.fit(Fit.PAGE);
            case DIGIT1, NUMPAD1 -> viewport.zoomTo(1);
            case W -> viewport.fit(Fit.WIDTH);
            default -> {
                return;
            }
        }
        changed();
        event.consume();
    }

    /** Zoom keys work with the shortcut held too, as in most viewers. */
    private static boolean zoomKey(KeyEvent event) {
        return switch (event.getCode()) {
            case PLUS, EQUALS, ADD, MINUS, SUBTRACT, DIGIT0, NUMPAD0, DIGIT1, NUMPAD1 -> true;
            default -> false;
        };
    }
}
