package io.verifact.ui;

import atlantafx.base.theme.Styles;
import io.verifact.ui.viewer.PageViewer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Map;

/**
 * A duplicate beside the invoice it repeats, in a window of their own: each under a caption that says
 * which one it is, with its pages to go through, on its own or both at once with the keyboard.
 */
final class SideBySide {

    static final String FIRST_ID = "compare-first";
    static final String THIS_ID = "compare-this";
    static final String TITLE_CLASS = "compare-title";
    static final String DETAIL_CLASS = "compare-detail";
    static final String PAGE_CLASS = "compare-page";
    static final String PREVIOUS_CLASS = "compare-previous";
    static final String NEXT_CLASS = "compare-next";

    /**
     * One of the two invoices.
     *
     * @param title which one it is: the first received, this one
     * @param detail its file, where it stands, when it came
     * @param turns how far the operator turned its pages, in quarter turns by page number
     */
    record Side(String title, String detail, List<Image> pages, Map<Integer, Integer> turns) {
    }

    private SideBySide() {
    }

    /** Opens the window beside the workstation, which stays usable. */
    static Stage show(Window owner, Messages messages, Side first, Side again) {
        Pages left = new Pages(FIRST_ID, first, messages);
        Pages right = new Pages(THIS_ID, again, messages);
        HBox both = new HBox(12, left.root, right.root);
        both.setPadding(new Insets(8));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(messages.get("dialog.compare.title"));
        stage.setScene(new Scene(both, 1100, 760));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int step = Shortcut.NEXT_PAGE.matches(event) ? 1 : Shortcut.PREVIOUS_PAGE.matches(event) ? -1 : 0;
            if (step != 0) {
                left.step(step);
                right.step(step);
                event.consume();
            }
        });
        stage.show();
        return stage;
    }

    /** One side: its caption, the page shown and the buttons to the pages before and after it. */
    private static final class Pages {

        private final VBox root;
        private final Side side;
        private final Messages messages;
        private final PageViewer viewer = new PageViewer();
        private final Label position = new Label();
        private final Button previous = new Button();
        private final Button next = new Button();
        private int page = 1;

        Pages(String id, Side side, Messages messages) {
            this.side = side;
            this.messages = messages;
            Label title = new Label(side.title());
            title.getStyleClass().addAll(Styles.TITLE_4, TITLE_CLASS);
            Label detail = new Label(side.detail());
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, DETAIL_CLASS);
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            position.getStyleClass().add(PAGE_CLASS);
            button(previous, "‹", messages.get("compare.previous"), Shortcut.PREVIOUS_PAGE, PREVIOUS_CLASS, -1);
            button(next, "›", messages.get("compare.next"), Shortcut.NEXT_PAGE, NEXT_CLASS, 1);
            HBox pager = new HBox(6, previous, position, next);
            pager.setAlignment(Pos.CENTER_LEFT);
            VBox.setVgrow(viewer, Priority.ALWAYS);
            root = new VBox(4, title, detail, pager, viewer);
            root.setId(id);
            HBox.setHgrow(root, Priority.ALWAYS);
            root.setMinWidth(0);
            root.setPrefWidth(0);
            show();
        }

        private void button(Button button, String text, String tip, Shortcut together, String style, int step) {
            button.setText(text);
            button.getStyleClass().addAll(Styles.FLAT, style);
            button.setTooltip(new Tooltip(tip + " · " + together.displayText() + " " + messages.get("compare.both")));
            button.setOnAction(e -> step(step));
        }

        void step(int by) {
            int to = Math.clamp(page + by, 1, Math.max(1, side.pages().size()));
            if (to != page) {
                page = to;
                show();
            }
        }

        private void show() {
            List<Image> pages = side.pages();
            viewer.showPage(pages.isEmpty() ? null : pages.get(page - 1), side.turns().getOrDefault(page, 0));
            position.setText(pages.isEmpty() ? messages.get("compare.no.pages") : messages.get("compare.page", page, pages.size()));
            previous.setDisable(page <= 1);
            next.setDisable(page >= pages.size());
        }
    }
}
