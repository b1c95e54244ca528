package io.verifact.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The workstation's main window content: a header with the app's name, and the work queue. */
final class WorkstationView {

    static final String APP_NAME_ID = "app-name";
    static final String QUEUE_ID = "queue";
    static final String QUEUE_PLACEHOLDER_ID = "queue-placeholder";
    static final String QUEUE_SUMMARY_ID = "queue-summary";

    private final BorderPane root = new BorderPane();

    WorkstationView(QueueViewModel queue, Messages messages, Image icon) {
        root.getStyleClass().add("workstation");
        root.setTop(header(queue, messages, icon));
        TableView<QueueEntry> table = queueTable(queue, messages);
        BorderPane.setMargin(table, new Insets(16));
        root.setCenter(table);
    }

    Parent root() {
        return root;
    }

    private static HBox header(QueueViewModel queue, Messages messages, Image icon) {
        ImageView mark = new ImageView(icon);
        mark.setFitWidth(36);
        mark.setFitHeight(36);
        mark.setSmooth(true);

        Label name = new Label(messages.get("app.name"));
        name.setId(APP_NAME_ID);
        name.getStyleClass().add(Styles.TITLE_3);
        Label tagline = new Label(messages.get("app.tagline"));
        tagline.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox title = new VBox(name, tagline);
        title.setAlignment(Pos.CENTER_LEFT);

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId(QUEUE_SUMMARY_ID);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(queue.summaryProperty());

        HBox header = new HBox(12, mark, title, spring, summary);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static TableView<QueueEntry> queueTable(QueueViewModel queue, Messages messages) {
        TableView<QueueEntry> table = new TableView<>(queue.entries());
        table.setId(QUEUE_ID);
        table.getStyleClass().add(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column(messages.get("queue.column.document"), QueueEntry::document));
        table.getColumns().add(column(messages.get("queue.column.supplier"), QueueEntry::supplier));
        table.getColumns().add(column(messages.get("queue.column.status"),
                entry -> messages.get("status." + entry.status().name())));
        table.setPlaceholder(placeholder(messages));
        return table;
    }

    private static TableColumn<QueueEntry, String> column(String title, Function<QueueEntry, String> text) {
        TableColumn<QueueEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())).getReadOnlyProperty());
        return column;
    }

    private static VBox placeholder(Messages messages) {
        Label empty = new Label(messages.get("queue.empty"));
        empty.setId(QUEUE_PLACEHOLDER_ID);
        empty.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(messages.get("queue.empty.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, empty, hint);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
