package io.verifact.ui;

import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.model.Mask;
import io.verifact.model.Zone;
import io.verifact.ui.viewer.FieldBox;
import io.verifact.ui.viewer.PageViewer;
import io.verifact.workflow.Teaching;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.verifact.ui.Robots.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suppliers' masks in their window, on the demo invoices of a real local store: a mask of Atelier
 * Dupuis taught twice, the total first where it is printed, then by mistake over the net total.
 */
@ExtendWith(ApplicationExtension.class)
class MasksDialogTest {

    @TempDir
    static Path parent;

    private TestDesk desk;
    private WorkstationApp app;
    private Stage stage;
    private Mask taught;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        desk = TestDesk.under(parent);
        desk.takeTypedDemoInvoices();
        long dupuis = desk.verification.queue().getFirst().id();
        Teaching.Invoice invoice = desk.teaching.invoice(dupuis).orElseThrow();
        io.verifact.workflow.Invoice read = desk.verification.open(dupuis);
        desk.teaching.teach(invoice, "gross_total", 1, around(read.field(FieldKey.GROSS_TOTAL).orElseThrow().box()), Optional.empty());
        taught = desk.teaching.teach(invoice, "gross_total", 1, around(read.field(FieldKey.NET_TOTAL).orElseThrow().box()),
                Optional.empty()).mask();
        app = desk.openWithinReach(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        desk.closeWith(robot, stage, app);
    }

    @Test
    void ctrlMListsTheSuppliersWithTheirMasksEachDrawnOverItsInvoiceWithItsHistory(FxRobot robot) {
        Stage masks = open(robot);

        TreeView<Object> tree = lookup(masks, MasksDialog.TREE_ID);
        waitFor(() -> tree.getRoot().getChildren().size() == 1 && tree.getSelectionModel().getSelectedItem() != null);
        TreeItem<Object> supplier = tree.getRoot().getChildren().getFirst();
        assertThat(cellText(tree, supplier)).startsWith("Atelier Dupuis").endsWith("\nFR17842136574");
        assertThat(cellText(tree, supplier.getChildren().getFirst())).isEqualTo("Mask 1 · version 2 · 1 zone");

        TableView<MasksViewModel.Version> history = lookup(masks, MasksDialog.HISTORY_ID);
        waitFor(() -> history.getItems().size() == 2);
        assertThat(row(history, 0)).containsExactly("1", row(history, 0).get(1), "claire", "Taught Gross total");
        assertThat(history.lookupAll(".label")).extracting(n -> ((Label) n).getText())
                .contains("atelier-dupuis-FA-2026-0142.pdf");
        assertThat(row(history, 1).get(3)).isEqualTo("Taught Gross total");
        assertThat(history.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        PageViewer viewer = lookup(masks, MasksDialog.VIEWER_ID);
        waitFor(() -> viewer.getImage() != null);
        assertThat(viewer.getBoxes()).extracting(FieldBox::label).containsExactly("Gross total");
        assertThat(viewer.lookupAll(".field-box-label")).extracting(n -> ((Label) n).getText()).containsExactly("Gross total");
        assertThat(this.<Label>lookup(masks, MasksDialog.SHOWN_ID).getText())
                .startsWith("Atelier Dupuis").endsWith("mask 1: version 2, on atelier-dupuis-FA-2026-0142.pdf");
    }

    @Test
    void tryingAnEarlierVersionOnEarlierInvoicesTellsHowManyWouldReadDifferentlyAndWhat(FxRobot robot) {
        Stage masks = open(robot);
        TableView<MasksViewModel.Version> history = lookup(masks, MasksDialog.HISTORY_ID);
        waitFor(() -> history.getItems().size() == 2);
        Teaching.Trial expected = desk.teaching.trial(taught.id(), desk.teaching.history(taught.id()).getFirst().zones());
        assertThat(expected.changed()).isPositive();

        robot.interact(() -> history.getSelectionModel().select(0));
        Robots.click(robot, MasksDialog.TRY_ID);

        Label trial = lookup(masks, MasksDialog.TRIAL_ID);
        waitFor(() -> trial.getParent().isVisible() && !trial.getText().isEmpty());
        assertThat(trial.getText()).isEqualTo(expected.changed() + " of " + expected.invoices() + " invoices would read differently");
        TableView<Teaching.Difference> differences = lookup(masks, MasksDialog.DIFFERENCES_ID);
        assertThat(differences.getItems()).hasSize(expected.differences().size());
        Teaching.Difference first = expected.differences().getFirst();
        assertThat(row(differences, 0)).containsExactly(first.fileName(), "Gross total", first.before() + " → " + first.after());
        assertThat(this.<Button>lookup(masks, MasksDialog.KEEP_ID).isVisible()).isFalse();

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !trial.getParent().isVisible());
        assertThat(masks.isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !masks.isShowing());
    }

    @Test
    void restoringAnEarlierVersionShowsItsTrialFirstThenBringsItBackAsTheNextVersion(FxRobot robot) {
        Stage masks = open(robot);
        TableView<MasksViewModel.Version> history = lookup(masks, MasksDialog.HISTORY_ID);
        waitFor(() -> history.getItems().size() == 2);
        Zone right = desk.teaching.history(taught.id()).getFirst().zones().getFirst();

        robot.interact(() -> history.getSelectionModel().select(0));
        Robots.click(robot, MasksDialog.RESTORE_ID);

        Label question = lookup(masks, MasksDialog.QUESTION_ID);
        waitFor(() -> question.isVisible() && question.getText().startsWith("Restore version 1?"));
        assertThat(this.<Label>lookup(masks, MasksDialog.TRIAL_ID).getText()).endsWith("would read differently");
        assertThat(desk.teaching.masks(Optional.empty()).getFirst().version()).isEqualTo(2);

        Robots.click(robot, MasksDialog.KEEP_ID);

        waitFor(() -> history.getItems().size() == 3);
        assertThat(row(history, 2).get(3)).isEqualTo("Restored version 1");
        Mask now = desk.teaching.masks(Optional.empty()).getFirst();
        assertThat(now.version()).isEqualTo(3);
        assertThat(now.zones()).containsExactly(right);
        TreeView<Object> tree = lookup(masks, MasksDialog.TREE_ID);
        waitFor(() -> "Mask 1 · version 3 · 1 zone".equals(cellText(tree, tree.getRoot().getChildren().getFirst().getChildren().getFirst())));
    }

    @Test
    void deletingShowsItsTrialFirstThenTakesTheMaskOutOfUseAndAVersionBringsItBack(FxRobot robot) {
        Stage masks = open(robot);
        TableView<MasksViewModel.Version> history = lookup(masks, MasksDialog.HISTORY_ID);
        waitFor(() -> history.getItems().size() == 2);

        Robots.click(robot, MasksDialog.DELETE_ID);
        Label question = lookup(masks, MasksDialog.QUESTION_ID);
        waitFor(() -> question.isVisible() && question.getText().startsWith("Delete this mask?"));
        Robots.click(robot, MasksDialog.KEEP_ID);

        TreeView<Object> tree = lookup(masks, MasksDialog.TREE_ID);
        waitFor(() -> "Mask 1 · deleted".equals(cellText(tree, tree.getRoot().getChildren().getFirst().getChildren().getFirst())));
        assertThat(desk.teaching.masks(Optional.empty())).isEmpty();
        // The history is read again beside the tree: it shows the deletion once it has been read.
        waitFor(() -> history.getItems().size() == 3 && "Deleted".equals(row(history, 2).get(3)));
        assertThat(this.<Button>lookup(masks, MasksDialog.DELETE_ID).isDisabled()).isTrue();

        robot.interact(() -> history.getSelectionModel().select(1));
        Robots.click(robot, MasksDialog.RESTORE_ID);
        waitFor(() -> question.isVisible() && question.getText().startsWith("Restore version 2?"));
        robot.type(KeyCode.ENTER);

        waitFor(() -> desk.teaching.masks(Optional.empty()).size() == 1);
        waitFor(() -> "Mask 1 · version 4 · 1 zone".equals(cellText(tree, tree.getRoot().getChildren().getFirst().getChildren().getFirst())));
    }

    private Stage open(FxRobot robot) {
        waitFor(() -> app.view().invoice().invoice() != null);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitFor(() -> masksWindow().isPresent());
        Stage masks = masksWindow().orElseThrow();
        waitFor(() -> this.<TableView<?>>lookup(masks, MasksDialog.HISTORY_ID).getItems().size() > 0);
        return masks;
    }

    private static Optional<Stage> masksWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Suppliers' masks".equals(s.getTitle()) && s.isShowing())
                .map(Stage.class::cast).findFirst();
    }

    private <T extends Node> T lookup(Stage window, String id) {
        return Robots.lookup(window, "#" + id);
    }

    /** What a tree shows for an item, as the operator reads it: its text, or the lines of its graphic. */
    private static String cellText(TreeView<Object> tree, TreeItem<Object> item) {
        return tree.lookupAll(".tree-cell").stream().map(n -> (javafx.scene.control.TreeCell<?>) n)
                .filter(c -> c.getTreeItem() == item)
                // A cell being filled again has neither text nor graphic for a moment: it reads as empty then.
                .map(c -> c.getText() != null ? c.getText() : c.getGraphic() == null ? "" : String.join("\n",
                        c.getGraphic().lookupAll(".label").stream().map(l -> ((Label) l).getText()).toList()))
                .findFirst().orElse(null);
    }

    /** The texts of a table's row, column by column, as the operator reads them. */
    private static <T> List<String> row(TableView<T> table, int index) {
        return table.getColumns().stream().map(c -> String.valueOf(c.getCellData(index))).toList();
    }

    private static Box around(Box words) {
        return new Box(Math.max(0, words.x0() - 0.01), Math.max(0, words.y0() - 0.004), Math.min(1, words.x1() + 0.01),
                Math.min(1, words.y1() + 0.004));
    }
}
