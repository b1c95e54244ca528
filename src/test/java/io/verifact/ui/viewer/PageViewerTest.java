package io.verifact.ui.viewer;

import io.verifact.model.Box;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.verifact.ui.viewer.OnScreen.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class PageViewerTest {

    /** The block of words the tests look for: half-way across and down the page. */
    private static final Box WORDS = new Box(0.5, 0.5, 0.75, 0.6);
    private static final Box FOOTER = new Box(0.1, 0.9, 0.5, 0.94);
    private static final Box HEADER = new Box(0.1, 0.05, 0.4, 0.08);
    private static final double PIXEL = 1.5;

    private Stage stage;
    private PageViewer viewer;
    private OnScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewer = new PageViewer();
        screen = new OnScreen(viewer);
        viewer.setImage(FakeInvoice.withMark(FakeInvoice.WIDTH, FakeInvoice.HEIGHT, WORDS));
        viewer.getBoxes().setAll(
                new FieldBox("total", WORDS, BoxState.SURE),
                new FieldBox("iban", FOOTER, BoxState.UNCERTAIN),
                new FieldBox("supplier", HEADER, BoxState.SURE));
        OnScreen.show(stage, viewer, 800, 600);
    }

    @Test
    void aNewPageIsFittedToTheWidthAndShownFromItsTop() {
        Bounds page = screen.page();

        assertThat(viewer.getFit()).isEqualTo(Fit.WIDTH);
        assertThat(page.getWidth()).isCloseTo(areaWidth(), within(0.5));
        assertThat(page.getMinX()).isCloseTo(viewer.getInsets().getLeft(), within(0.5));
        assertThat(page.getMinY()).isCloseTo(viewer.getInsets().getTop(), within(0.5));
        assertThat(viewer.getZoom()).isCloseTo(areaWidth() / FakeInvoice.WIDTH, within(1e-9));
    }

    @Test
    void fitWidthIsKeptWhenTheViewerIsResized(FxRobot robot) {
        robot.interact(() -> viewer.zoomTo(1));
        robot.interact(viewer::fitWidth);
        assertThat(screen.page().getWidth()).isCloseTo(areaWidth(), within(0.5));

        robot.interact(() -> stage.setWidth(560));

        assertThat(viewer.getWidth()).isLessThan(600);
        assertThat(viewer.getFit()).isEqualTo(Fit.WIDTH);
        assertThat(screen.page().getWidth()).isCloseTo(areaWidth(), within(0.5));
    }

    @Test
    void fitPageShowsTheWholePageAndIsKeptWhenTheViewerIsResized(FxRobot robot) {
        robot.interact(viewer::fitPage);
        assertWholePageInView();

        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(420);
        });

        assertThat(viewer.getFit()).isEqualTo(Fit.PAGE);
        assertWholePageInView();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void ctrlWheelZoomsAboutThePagePointUnderThePointer(int turns, FxRobot robot) {
        robot.interact(() -> viewer.rotate(turns));
        Point2D pointer = new Point2D(310, 230);
        Point2D underPointer = screen.pageFractions(pointer);
        double before = viewer.getZoom();

        ctrlWheel(robot, pointer, 40);
        ctrlWheel(robot, pointer, 40);

        assertThat(viewer.getZoom()).isGreaterThan(before * 1.3);
        assertThat(viewer.getFit()).isEqualTo(Fit.NONE);
        assertThat(screen.pagePoint(underPointer.getX(), underPointer.getY()).distance(pointer)).isLessThan(PIXEL);

        double zoomedIn = viewer.getZoom();
        ctrlWheel(robot, pointer, -40);

        assertThat(viewer.getZoom()).isLessThan(zoomedIn);
        assertThat(screen.pagePoint(underPointer.getX(), underPointer.getY()).distance(pointer)).isLessThan(PIXEL);
    }

    @Test
    void zoomStaysWithinItsBounds(FxRobot robot) {
        robot.interact(() -> viewer.zoomTo(100));
        assertThat(viewer.getZoom()).isEqualTo(PageViewer.MAX_ZOOM);

        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                viewer.zoomOut();
            }
        });
        assertThat(viewer.getZoom()).isEqualTo(PageViewer.MIN_ZOOM);
    }

    @Test
    void draggingPansThePageByTheDragDistance(FxRobot robot) {
        robot.interact(viewer::actualSize);
        Bounds before = screen.page();

        robot.moveTo(onScreen(new Point2D(400, 300))).press(MouseButton.PRIMARY);
        assertThat(viewer.getCursor()).isEqualTo(Cursor.CLOSED_HAND);
        robot.moveBy(-120, -90).release(MouseButton.PRIMARY);

        Bounds after = screen.page();
        assertThat(after.getMinX() - before.getMinX()).isCloseTo(-120, within(PIXEL));
        assertThat(after.getMinY() - before.getMinY()).isCloseTo(-90, within(PIXEL));
        assertThat(viewer.getCursor()).isNotEqualTo(Cursor.CLOSED_HAND);
    }

    @Test
    void thePageCannotBeDraggedOutOfSight(FxRobot robot) {
        robot.moveTo(onScreen(new Point2D(400, 300))).press(MouseButton.PRIMARY).moveBy(0, 500).release(MouseButton.PRIMARY);

        assertThat(screen.page().getMinY()).isCloseTo(viewer.getInsets().getTop(), within(0.5));
    }

    @Test
    void theWheelScrollsAndShiftWheelScrollsSideways(FxRobot robot) {
        robot.interact(viewer::actualSize);
        Bounds before = screen.page();

        robot.interact(() -> Event.fireEvent(viewer, scroll(new Point2D(400, 300), -80, false, false)));

        Bounds scrolled = screen.page();
        assertThat(scrolled.getMinY()).isCloseTo(before.getMinY() - 80, within(0.01));
        assertThat(scrolled.getMinX()).isCloseTo(before.getMinX(), within(0.01));

        robot.interact(() -> Event.fireEvent(viewer, scroll(new Point2D(400, 300), -40, true, false)));

        Bounds sideways = screen.page();
        assertThat(sideways.getMinX()).isCloseTo(scrolled.getMinX() - 40, within(0.01));
        assertThat(sideways.getMinY()).isCloseTo(scrolled.getMinY(), within(0.01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fitted to the width", "zoomed in", "turned a quarter"})
    void aBoxIsDrawnOverItsWords(String view, FxRobot robot) {
        show(view, robot);

        assertBoxOnItsWords("total");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fitted to the width", "zoomed in", "turned a quarter"})
    void onceTheZoomRestsThePageIsDrawnPixelForPixelAndItsBoxesStayOnTheirWordsAsItIsPanned(String view, FxRobot robot)
            throws Exception {
        show(view, robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screen::drawsACopy);

        Image drawn = screen.drawn();
        Bounds page = screen.page();
        assertThat(drawn.getWidth()).isEqualTo(Math.round(FakeInvoice.WIDTH * viewer.getZoom()));
        assertThat(drawn.getHeight()).isEqualTo(Math.round(FakeInvoice.HEIGHT * viewer.getZoom()));
        assertThat(page.getWidth() * page.getHeight()).as("drawn at the copy's own size")
                .isCloseTo(drawn.getWidth() * drawn.getHeight(), within(1e-6));
        assertThat(page.getMinX()).as("at a whole pixel").isCloseTo(Math.rint(page.getMinX()), within(1e-9));
        assertThat(page.getMinY()).as("at a whole pixel").isCloseTo(Math.rint(page.getMinY()), within(1e-9));
        assertBoxOnItsWords("total");

        robot.moveTo(onScreen(new Point2D(400, 300))).press(MouseButton.PRIMARY).moveBy(-37, -53).release(MouseButton.PRIMARY);

        assertThat(screen.drawn()).as("the same copy, panned").isSameAs(drawn);
        assertBoxOnItsWords("total");
    }

    @Test
    void aZoomStepDrawsThePageScaledUntilTheZoomRestsAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screen::drawsACopy);
        Image fitted = screen.drawn();

        robot.interact(viewer::zoomOut);

        assertThat(screen.drawsACopy()).as("a copy at the old zoom is not drawn at the new one").isFalse();
        assertThat(screen.page().getWidth()).isCloseTo(FakeInvoice.WIDTH * viewer.getZoom(), within(0.01));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, screen::drawsACopy);
        assertThat(screen.drawn()).isNotSameAs(fitted);
        assertThat(screen.drawn().getWidth()).isEqualTo(Math.round(FakeInvoice.WIDTH * viewer.getZoom()));

        robot.interact(viewer::actualSize);

        assertThat(screen.drawsACopy()).as("at its actual size the page is drawn as it is").isFalse();
    }

    /** Fits, zooms or turns the page as named, with the words of the total in view. */
    private void show(String view, FxRobot robot) {
        robot.interact(() -> {
            switch (view) {
                case "zoomed in" -> viewer.zoomTo(0.9);
                case "turned a quarter" -> viewer.rotate(1);
                default -> viewer.fitWidth();
            }
            viewer.scrollIntoView("total");
        });
    }

    private void assertBoxOnItsWords(String id) {
        Bounds words = OnScreen.magenta(stage.getScene());
        Bounds box = screen.box(id);
        assertThat(words).as("the words are in view").isNotNull();
        assertThat(words.getWidth()).isGreaterThan(50);
        assertThat(box.getMinX()).isCloseTo(words.getMinX(), within(2.0));
        assertThat(box.getMaxX()).isCloseTo(words.getMaxX(), within(2.0));
        assertThat(box.getMinY()).isCloseTo(words.getMinY(), within(2.0));
        assertThat(box.getMaxY()).isCloseTo(words.getMaxY(), within(2.0));
    }

    @Test
    void aQuarterTurnShowsThePageSideways(FxRobot robot) {
        robot.interact(() -> viewer.rotate(1));

        Bounds page = screen.page();
        assertThat(viewer.getQuarterTurns()).isEqualTo(1);
        assertThat(page.getWidth() / page.getHeight()).isCloseTo((double) FakeInvoice.HEIGHT / FakeInvoice.WIDTH, within(0.01));
        // The page's top-left corner, as captured, is now at the top right.
        Point2D corner = screen.pagePoint(0, 0);
        assertThat(corner.getX()).isCloseTo(page.getMaxX(), within(PIXEL));
        assertThat(corner.getY()).isCloseTo(page.getMinY(), within(PIXEL));

        robot.interact(() -> viewer.rotate(-1));
        assertThat(viewer.getQuarterTurns()).isZero();
    }

    @Test
    void aTurnBelongsToItsPageAnotherPageIsShownUprightUnlessShownWithItsOwnTurns(FxRobot robot) {
        Image first = viewer.getImage();
        Image second = FakeInvoice.withMark(FakeInvoice.WIDTH, FakeInvoice.HEIGHT, HEADER);
        robot.interact(() -> viewer.rotate(1));

        robot.interact(() -> viewer.setImage(second));
        assertThat(viewer.getQuarterTurns()).isZero();

        robot.interact(() -> viewer.showPage(first, 1));
        assertThat(viewer.getQuarterTurns()).isEqualTo(1);
        Bounds page = screen.page();
        assertThat(page.getWidth() / page.getHeight()).isCloseTo((double) FakeInvoice.HEIGHT / FakeInvoice.WIDTH, within(0.01));

        robot.interact(() -> viewer.showPage(first, 3));
        assertThat(viewer.getQuarterTurns()).as("the page shown is turned as asked").isEqualTo(3);
    }

    @Test
    void aFieldPointedAtOutsideTheViewerHasItsBoxDrawnAsHoveredAndThePageStaysWhereItWas(FxRobot robot) {
        PseudoClass hovered = PseudoClass.getPseudoClass("hovered");
        Bounds before = screen.page();

        robot.interact(() -> viewer.setPointed("iban"));

        assertThat(screen.shape("iban").getPseudoClassStates()).contains(hovered);
        assertThat(screen.shape("total").getPseudoClassStates()).doesNotContain(hovered);
        assertThat(screen.page().getMinX()).isCloseTo(before.getMinX(), within(PIXEL));
        assertThat(screen.page().getMinY()).isCloseTo(before.getMinY(), within(PIXEL));
        assertThat(viewer.getHovered()).as("the pointer is not on the page").isNull();

        robot.interact(() -> viewer.setPointed(null));
        assertThat(screen.shape("iban").getPseudoClassStates()).doesNotContain(hovered);
    }

    @Test
    void hoveringABoxNamesItsFieldAndClickingItSelectsTheField(FxRobot robot) {
        List<String> selected = new ArrayList<>();
        robot.interact(() -> {
            viewer.fitPage();
            viewer.setOnBoxSelected(selected::add);
        });
        Point2D words = fx(() -> viewer.localToScreen(viewer.pageToLocal(WORDS.centerX(), WORDS.centerY())));
        Point2D blank = fx(() -> viewer.localToScreen(viewer.pageToLocal(0.3, 0.3)));

        robot.moveTo(words);
        assertThat(viewer.getHovered()).isEqualTo("total");
        assertThat(viewer.getCursor()).isEqualTo(Cursor.HAND);

        robot.moveTo(blank);
        assertThat(viewer.getHovered()).isNull();

        robot.clickOn(words);
        assertThat(selected).containsExactly("total");
        assertThat(viewer.getSelected()).isEqualTo("total");

        robot.clickOn(blank);
        assertThat(selected).containsExactly("total");
    }

    @Test
    void highlightingAFieldOutOfViewBringsItsBoxIntoView(FxRobot robot) {
        assertThat(screen.box("iban").getMinY()).isGreaterThan(viewer.getHeight());

        robot.interact(() -> viewer.setHighlighted("iban"));

        Bounds box = screen.box("iban");
        assertThat(box.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(box.getMaxY()).isLessThanOrEqualTo(viewer.getHeight());
        assertThat(box.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(box.getMaxX()).isLessThanOrEqualTo(viewer.getWidth());
        assertThat(screen.shape("iban").getStrokeWidth()).isGreaterThan(screen.shape("total").getStrokeWidth());
    }

    @Test
    void aFieldHighlightedBeforeTheViewerIsShownIsInViewOnceItIs(FxRobot robot) {
        PageViewer later = new PageViewer();
        robot.interact(() -> {
            later.setHighlighted("iban");
            later.setImage(viewer.getImage());
            later.getBoxes().setAll(viewer.getBoxes());
            stage.getScene().setRoot(later);
        });

        Bounds box = new OnScreen(later).box("iban");
        assertThat(box.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(box.getMaxY()).isLessThanOrEqualTo(later.getHeight());
    }

    @Test
    void highlightingAFieldInViewLeavesThePageWhereItIs(FxRobot robot) {
        Bounds before = screen.page();

        robot.interact(() -> viewer.setHighlighted("supplier"));

        assertThat(screen.page().getMinX()).isCloseTo(before.getMinX(), within(PIXEL));
        assertThat(screen.page().getMinY()).isCloseTo(before.getMinY(), within(PIXEL));
        assertThat(screen.shape("supplier").getStrokeWidth()).isGreaterThan(screen.shape("total").getStrokeWidth());
    }

    @Test
    void theKeyboardZoomsFitsAndPans(FxRobot robot) {
        robot.interact(viewer::requestFocus);
        assertThat(viewer.isFocused()).isTrue();
        assertThat(focusRing()).isNotEqualTo(Color.TRANSPARENT);

        robot.type(KeyCode.DIGIT0);
        assertThat(viewer.getFit()).isEqualTo(Fit.PAGE);

        robot.type(KeyCode.DIGIT1);
        assertThat(viewer.getZoom()).isEqualTo(1.0);

        robot.type(KeyCode.MINUS);
        assertThat(viewer.getZoom()).isLessThan(1.0);

        robot.type(KeyCode.EQUALS);
        assertThat(viewer.getZoom()).isCloseTo(1.0, within(1e-9));

        robot.type(KeyCode.W);
        assertThat(viewer.getFit()).isEqualTo(Fit.WIDTH);

        double top = screen.page().getMinY();
        robot.type(KeyCode.DOWN);
        // Half a pixel at most where the page's copy at the size shown comes in between, drawn at a whole pixel.
        assertThat(screen.page().getMinY()).isCloseTo(top - 48, within(0.5));

        robot.type(KeyCode.END);
        assertThat(screen.page().getMaxY()).isCloseTo(viewer.getHeight() - viewer.getInsets().getBottom(), within(0.5));
    }

    /**
     * A gesture moves and scales nodes and never touches the page's pixels: after hundreds of wheel
     * turns on a 300 dpi page, with no rest between them, the picture shown is the one given; a copy
     * at the size shown is made only once the zoom rests. How fast it goes is the bench's business.
     */
    @Test
    void zoomingAndScrollingA300DpiPageOnlyMovesNodes(FxRobot robot) {
        Image page = fx(() -> FakeInvoice.firstPage(2).image());
        robot.interact(() -> viewer.setImage(page));

        robot.interact(() -> {
            for (int turn = 0; turn < 400; turn++) {
                Event.fireEvent(viewer, scroll(new Point2D(300 + turn % 50, 250), turn % 2 == 0 ? 40 : -35, false, true));
                Event.fireEvent(viewer, scroll(new Point2D(300, 250), -20, false, false));
            }
        });

        assertThat(((ImageView) viewer.lookup("." + PageViewer.IMAGE_STYLE_CLASS)).getImage()).isSameAs(page);
        assertThat(viewer.getZoom()).isGreaterThan(areaWidth() / page.getWidth());
    }

    @Test
    void theViewerTakesFocusByTheKeyboard() {
        assertThat(viewer.isFocusTraversable()).isTrue();
    }

    private void assertWholePageInView() {
        Bounds page = screen.page();
        double left = viewer.getInsets().getLeft();
        double top = viewer.getInsets().getTop();
        double right = viewer.getWidth() - viewer.getInsets().getRight();
        double bottom = viewer.getHeight() - viewer.getInsets().getBottom();
        assertThat(page.getMinX()).isGreaterThanOrEqualTo(left - 0.5);
        assertThat(page.getMinY()).isGreaterThanOrEqualTo(top - 0.5);
        assertThat(page.getMaxX()).isLessThanOrEqualTo(right + 0.5);
        assertThat(page.getMaxY()).isLessThanOrEqualTo(bottom + 0.5);
        boolean fillsOneWay = Math.abs(page.getWidth() - (right - left)) < 0.5 || Math.abs(page.getHeight() - (bottom - top)) < 0.5;
        assertThat(fillsOneWay).as("the page fills the view one way").isTrue();
    }

    @Test
    void aShiftDragDrawsAZoneOverTheWordsInsteadOfPanning(FxRobot robot) {
        List<Box> drawn = new ArrayList<>();
        robot.interact(() -> viewer.setOnZoneDrawn(drawn::add));
        Bounds before = screen.page();
        Point2D from = screen.pagePoint(WORDS.x0(), WORDS.y0());
        Point2D to = screen.pagePoint(WORDS.x1(), WORDS.y1());

        // The headless glass robot holds no modifier on a mouse event: Shift goes through JavaFX's own dispatch.
        robot.interact(() -> {
            Event.fireEvent(viewer, shiftMouse(MouseEvent.MOUSE_PRESSED, from));
            Event.fireEvent(viewer, shiftMouse(MouseEvent.MOUSE_DRAGGED, from.midpoint(to)));
            Event.fireEvent(viewer, shiftMouse(MouseEvent.MOUSE_DRAGGED, to));
            Event.fireEvent(viewer, shiftMouse(MouseEvent.MOUSE_RELEASED, to));
        });

        Bounds after = screen.page();
        assertThat(after.getMinX()).isCloseTo(before.getMinX(), within(0.5));
        assertThat(after.getMinY()).isCloseTo(before.getMinY(), within(0.5));
        assertThat(after.getWidth()).isCloseTo(before.getWidth(), within(0.5));
        assertThat(after.getHeight()).isCloseTo(before.getHeight(), within(0.5));
        assertThat(drawn).singleElement().satisfies(zone -> assertSameBox(zone, WORDS));
        assertThat(viewer.getZone()).isEqualTo(drawn.getFirst());
        assertThat(bandOnScreen().getMinX()).isCloseTo(from.getX(), within(PIXEL));
        assertThat(bandOnScreen().getMaxY()).isCloseTo(to.getY(), within(PIXEL));
    }

    @Test
    void whileDrawingAPlainDragDrawsAZoneOnATurnedPageAndATinyOneIsAClick(FxRobot robot) {
        List<Box> drawn = new ArrayList<>();
        robot.interact(() -> {
            viewer.rotate(1);
            viewer.fitPage();
            viewer.setDrawing(true);
            viewer.setOnZoneDrawn(drawn::add);
        });
        Point2D from = screen.pagePoint(WORDS.x0(), WORDS.y0());
        Point2D to = screen.pagePoint(WORDS.x1(), WORDS.y1());

        robot.moveTo(fx(() -> viewer.getScene().getRoot().localToScreen(from))).press(MouseButton.PRIMARY)
                .moveTo(fx(() -> viewer.getScene().getRoot().localToScreen(to))).release(MouseButton.PRIMARY);
        robot.moveBy(-200, -100).press(MouseButton.PRIMARY).moveBy(2, 2).release(MouseButton.PRIMARY);

        assertThat(drawn).singleElement().satisfies(zone -> assertSameBox(zone, WORDS));
        assertThat(viewer.getCursor()).isEqualTo(Cursor.CROSSHAIR);
        robot.interact(() -> viewer.setZone(null));
        assertThat(viewer.lookup("." + PageViewer.ZONE_STYLE_CLASS).isVisible()).isFalse();

        robot.type(KeyCode.ESCAPE);
        assertThat(viewer.isDrawing()).isFalse();
    }

    @Test
    void aDoubleClickAsksForTheWordUnderThePointer(FxRobot robot) {
        List<Point2D> asked = new ArrayList<>();
        robot.interact(() -> {
            viewer.fitPage();
            viewer.setOnPageDoubleClicked(asked::add);
        });
        Point2D words = screen.pagePoint(WORDS.centerX(), WORDS.centerY());

        robot.moveTo(fx(() -> viewer.getScene().getRoot().localToScreen(words))).doubleClickOn(MouseButton.PRIMARY);

        assertThat(asked).singleElement().satisfies(point -> {
            assertThat(point.getX()).isCloseTo(WORDS.centerX(), within(0.005));
            assertThat(point.getY()).isCloseTo(WORDS.centerY(), within(0.005));
        });
    }

    @Test
    void aLabelledBoxCarriesItsWordsOnItsTopEdge(FxRobot robot) {
        robot.interact(() -> viewer.getBoxes().setAll(new FieldBox("total", WORDS, BoxState.CORRECTED, "Gross total")));

        javafx.scene.control.Label label = (javafx.scene.control.Label) viewer.lookup("." + PageViewer.LABEL_STYLE_CLASS);
        Bounds box = screen.box("total");
        Bounds onScreen = fx(() -> label.localToScene(label.getBoundsInLocal()));

        assertThat(label.getText()).isEqualTo("Gross total");
        // The box stands on the right half of the page: its words end where it ends, so they stay on the page.
        assertThat(onScreen.getMaxX()).isCloseTo(box.getMaxX(), within(PIXEL));
        assertThat(onScreen.getMaxY()).isCloseTo(box.getMinY(), within(PIXEL));

        robot.interact(() -> viewer.getBoxes().setAll(new FieldBox("iban", FOOTER, BoxState.CORRECTED, "IBAN")));
        javafx.scene.control.Label left = (javafx.scene.control.Label) viewer.lookup("." + PageViewer.LABEL_STYLE_CLASS);
        assertThat(fx(() -> left.localToScene(left.getBoundsInLocal())).getMinX()).isCloseTo(screen.box("iban").getMinX(), within(PIXEL));
    }

    private Bounds bandOnScreen() {
        return fx(() -> {
            javafx.scene.shape.Rectangle band = (javafx.scene.shape.Rectangle) viewer.lookup("." + PageViewer.ZONE_STYLE_CLASS);
            return band.localToScene(new javafx.geometry.BoundingBox(band.getX(), band.getY(), band.getWidth(), band.getHeight()));
        });
    }

    /** A mouse event with Shift held at a scene point; dispatch gives the viewer its own coordinates. */
    private MouseEvent shiftMouse(javafx.event.EventType<MouseEvent> type, Point2D scenePoint) {
        Point2D screenPoint = viewer.getScene().getRoot().localToScreen(scenePoint);
        return new MouseEvent(type, scenePoint.getX(), scenePoint.getY(), screenPoint.getX(), screenPoint.getY(), MouseButton.PRIMARY, 1,
                true, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null);
    }

    private static void assertSameBox(Box actual, Box expected) {
        assertThat(actual.x0()).isCloseTo(expected.x0(), within(0.005));
        assertThat(actual.y0()).isCloseTo(expected.y0(), within(0.005));
        assertThat(actual.x1()).isCloseTo(expected.x1(), within(0.005));
        assertThat(actual.y1()).isCloseTo(expected.y1(), within(0.005));
    }

    private double areaWidth() {
        return viewer.getWidth() - viewer.getInsets().getLeft() - viewer.getInsets().getRight();
    }

    private Point2D onScreen(Point2D inViewer) {
        return fx(() -> viewer.localToScreen(inViewer));
    }

    private Object focusRing() {
        Region ring = (Region) viewer.lookup(".focus-ring");
        return ring.getBorder() == null ? Color.TRANSPARENT : ring.getBorder().getStrokes().getFirst().getTopStroke();
    }

    private void ctrlWheel(FxRobot robot, Point2D scenePoint, double delta) {
        robot.interact(() -> Event.fireEvent(viewer, scroll(scenePoint, delta, false, true)));
    }

    /**
     * A wheel turn at a scene point, through JavaFX's own event dispatch. The headless glass robot
     * turns the wheel with no modifier held and at the pointer's screen point taken for the window's,
     * so a test cannot turn it through the robot.
     */
    private ScrollEvent scroll(Point2D scenePoint, double delta, boolean shift, boolean control) {
        Point2D screenPoint = viewer.getScene().getRoot().localToScreen(scenePoint);
        return new ScrollEvent(ScrollEvent.SCROLL, scenePoint.getX(), scenePoint.getY(), screenPoint.getX(), screenPoint.getY(),
                shift, control, false, false, false, false, 0, delta, 0, delta,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }
}
