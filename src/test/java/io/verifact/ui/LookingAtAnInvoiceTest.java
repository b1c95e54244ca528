package io.verifact.ui;

import static io.verifact.ui.Robots.waitFor;

import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.model.LineItem;
import io.verifact.model.VatLine;
import io.verifact.ui.viewer.FieldBox;
import io.verifact.ui.viewer.PageViewer;
import io.verifact.workflow.QueueItem;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window shows of the invoice the operator is on: its fields magnified, its tables, and the page each field is on. */
@ExtendWith(ApplicationExtension.class)
class LookingAtAnInvoiceTest {

    @TempDir
    static Path parent;

    private TestDesk desk;
    private WorkstationApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desk = TestDesk.under(parent);
        desk.takeTypedDemoInvoices();
        app = desk.openWithinReach(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        desk.closeWith(robot, stage, app);
    }

    @Test
    void theFirstInvoiceOpensWithItsVatAndLinesInTablesAndTheFieldTheOperatorIsOnMagnified(FxRobot robot) {
        waitFor(() -> app.view().displayedProperty().get() != 0);

        TableView<VatLine> vat = robot.lookup("#vat-breakdown").queryAs(TableView.class);
        TableView<LineItem> lines = robot.lookup("#line-items").queryAs(TableView.class);
        assertThat(vat.getItems()).isNotEmpty();
        assertThat(lines.getItems()).isNotEmpty();
        // The rows are laid out on a later pulse than the items are set: a loaded machine may show them late.
        waitFor(() -> WaitForAsyncUtils.waitForAsyncFx(5_000, () -> rowsShown(vat)) == Math.min(vat.getItems().size(), 4));
        assertThat(rowsShown(vat)).isEqualTo(Math.min(vat.getItems().size(), 4));
        assertThat(rowsShown(lines)).isPositive();

        // The keyboard starts on the document type, which is read from the words rather than found at a place:
        // the next field is on the page.
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        FieldKey current = app.view().invoice().currentProperty().get();
        Box box = app.view().invoice().row(current).orElseThrow().box();
        assertThat(box).as(current + " has a place on the page").isNotNull();
        ImageView snippet = robot.lookup("#" + FieldsPane.SNIPPET_ID).queryAs(ImageView.class);
        assertThat(snippet.isVisible()).isTrue();
        assertThat(snippet.getImage()).isNotNull();
        Rectangle2D shown = snippet.getViewport();
        assertThat(shown.contains(box.centerX() * snippet.getImage().getWidth(), box.centerY() * snippet.getImage().getHeight())).isTrue();
        assertThat(shown.getWidth()).isLessThan(snippet.getImage().getWidth() / 2);
        double pageHeight = snippet.getImage().getHeight();
        assertThat(shown.getMinY()).as("the zone's line is shown whole").isLessThanOrEqualTo(box.y0() * pageHeight);
        assertThat(shown.getMaxY()).isGreaterThanOrEqualTo(box.y1() * pageHeight);
        assertThat(shown.getHeight()).as("and no slice of the lines around it").isLessThanOrEqualTo(1.8 * box.height() * pageHeight + 1);
    }

    @Test
    void onTheNextInvoiceTheFieldTheKeyboardStartsOnIsMagnifiedEvenWhenItHadTheKeyboardAlready(FxRobot robot) {
        waitFor(() -> app.view().displayedProperty().get() != 0);
        long first = app.view().displayedProperty().get();
        // Where the keyboard starts on the next invoice; back on the first, the operator puts it there.
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitFor(() -> app.view().displayedProperty().get() != first);
        WaitForAsyncUtils.waitForFxEvents();
        FieldKey startsOn = app.view().invoice().currentProperty().get();
        long second = app.view().displayedProperty().get();
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitFor(() -> app.view().displayedProperty().get() == first);
        robot.clickOn("#field-" + startsOn.key());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.view().invoice().currentProperty().get()).isEqualTo(startsOn);

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitFor(() -> app.view().displayedProperty().get() == second);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("field-" + startsOn.key());
        assertThat(app.view().invoice().currentProperty().get()).as("the field the keyboard is on, magnified").isEqualTo(startsOn);
        Box box = app.view().invoice().row(startsOn).orElseThrow().box();
        ImageView snippet = robot.lookup("#" + FieldsPane.SNIPPET_ID).queryAs(ImageView.class);
        if (box != null) {
            assertThat(snippet.getViewport().contains(box.centerX() * snippet.getImage().getWidth(), box.centerY() * snippet.getImage().getHeight()))
                    .isTrue();
        }
    }

    @Test
    void onAPageReadSidewaysTheMagnifiedZoneKeepsItsLineWholeWithoutTheLinesBesideIt(FxRobot robot) {
        waitFor(() -> app.view().displayedProperty().get() != 0);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Image page = robot.lookup("#" + FieldsPane.SNIPPET_ID).queryAs(ImageView.class).getImage();
        // A word on a page scanned sideways: its line runs down the page as scanned, and the lines beside it are left and right.
        Box word = new Box(0.50, 0.40, 0.512, 0.52);

        ImageView sideways = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            ImageView picture = new ImageView();
            PageSnippet.show(picture, page, word, 1, 1);
            return picture;
        });
        Image shown = sideways.getImage();
        double across = shown.getWidth();
        double along = shown.getHeight();
        assertThat(across).as("the line shown upright runs across the picture").isGreaterThan(along);
        assertThat(along).as("no slice of the lines beside it").isLessThanOrEqualTo(1.8 * word.width() * page.getWidth() + 1);
        assertThat(along).as("the line whole").isGreaterThanOrEqualTo(word.width() * page.getWidth());
        assertThat(across).as("and some of the page along it").isGreaterThan(word.height() * page.getHeight() + 0.03 * page.getHeight());
    }

    @Test
    void theMagnifiedFieldTurnsWithItsPageSoItsWordsReadAsThePageIsShown(FxRobot robot) {
        waitFor(() -> app.view().displayedProperty().get() != 0);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        ImageView snippet = robot.lookup("#" + FieldsPane.SNIPPET_ID).queryAs(ImageView.class);
        Image page = snippet.getImage();
        Rectangle2D upright = snippet.getViewport();
        assertThat(page).isNotNull();
        assertThat(upright).isNotNull();

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Image turned = snippet.getImage();
        int x = (int) upright.getMinX();
        int y = (int) upright.getMinY();
        int width = (int) Math.ceil(upright.getMaxX()) - x;
        int height = (int) Math.ceil(upright.getMaxY()) - y;
        assertThat(snippet.getViewport()).isNull();
        assertThat(turned.getWidth()).as("a quarter turn clockwise lays the zone on its side").isEqualTo(height);
        assertThat(turned.getHeight()).isEqualTo(width);
        PixelReader from = page.getPixelReader();
        PixelReader shown = turned.getPixelReader();
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                assertThat(shown.getArgb(height - 1 - row, column)).as("the page's pixel at %d, %d", x + column, y + row)
                        .isEqualTo(from.getArgb(x + column, y + row));
            }
        }

        for (int turn = 0; turn < 3; turn++) {
            robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(snippet.getImage()).as("upright again, the page itself is shown").isSameAs(page);
        assertThat(snippet.getViewport()).isEqualTo(upright);
    }

    @Test
    void focusingAFieldTurnsToItsPageAndHighlightsItsBoxInView(FxRobot robot) {
        long twoPages = desk.verification.queue().stream().filter(q -> q.fileName().equals("feinmechanik-albrecht-RE-26-1187.pdf"))
                .findFirst().map(QueueItem::id).orElseThrow();
        waitFor(() -> app.view().displayedProperty().get() != 0);
        robot.interact(() -> app.view().show(twoPages));
        waitFor(() -> app.view().displayedProperty().get() == twoPages);
        assertThat(app.view().invoice().row(FieldKey.GROSS_TOTAL).orElseThrow().page()).isEqualTo(2);
        assertThat(app.view().invoice().row(FieldKey.INVOICE_NUMBER).orElseThrow().page()).isEqualTo(1);
        PageViewer viewer = app.view().viewer();

        focus(robot, FieldKey.GROSS_TOTAL);

        assertThat(viewer.getHighlighted()).isEqualTo(FieldKey.GROSS_TOTAL.key());
        assertThat(viewer.getBoxes()).extracting(FieldBox::id).contains(FieldKey.GROSS_TOTAL.key())
                .doesNotContain(FieldKey.INVOICE_NUMBER.key());
        assertThat(highlightedBoxIsInView(viewer)).isTrue();

        focus(robot, FieldKey.INVOICE_NUMBER);

        assertThat(viewer.getHighlighted()).isEqualTo(FieldKey.INVOICE_NUMBER.key());
        assertThat(viewer.getBoxes()).extracting(FieldBox::id).contains(FieldKey.INVOICE_NUMBER.key())
                .doesNotContain(FieldKey.GROSS_TOTAL.key());
        assertThat(highlightedBoxIsInView(viewer)).isTrue();
    }

    private static void focus(FxRobot robot, FieldKey key) {
        robot.interact(robot.lookup("#field-" + key.key()).queryAs(TextField.class)::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The rows of a table drawn with something in them. */
    private static long rowsShown(TableView<?> table) {
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && row.getItem() != null && row.isVisible()).count();
    }

    /** Whether the box drawn stronger, the one of the field the operator is on, lies inside the viewer's visible area. */
    private static boolean highlightedBoxIsInView(PageViewer viewer) {
        Bounds view = viewer.localToScene(viewer.getLayoutBounds());
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> viewer.lookupAll(".field-box").stream()
                .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("highlighted")))
                .map(n -> n.localToScene(n.getBoundsInLocal()))
                .anyMatch(box -> view.contains(box.getCenterX(), box.getCenterY())));
    }
}
