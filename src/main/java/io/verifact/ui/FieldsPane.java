package io.verifact.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.verifact.model.Candidate;
import io.verifact.model.CustomValue;
import io.verifact.model.FieldKey;
import io.verifact.model.LineItem;
import io.verifact.model.Source;
import io.verifact.model.VatLine;
import io.verifact.workflow.Invoice;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The right-hand form: a magnified snippet of the current field's zone, the fields grouped as the
 * operator reads an invoice, the VAT breakdown and the line items.
 */
final class FieldsPane {

    static final String SNIPPET_ID = "field-snippet";
    static final String CUSTOM_ID = "custom-fields";
    private static final javafx.css.PseudoClass HOVERED = javafx.css.PseudoClass.getPseudoClass("hovered");

    private final InvoiceViewModel model;
    private final Messages messages;
    private final IntFunction<Image> pageImage;
    private final IntUnaryOperator pageTurns;
    private final Map<FieldKey, Editor> editors = new EnumMap<>(FieldKey.class);
    private final BorderPane root = new BorderPane();
    private final ImageView snippet = new ImageView();
    private final TableView<VatLine> vat = new TableView<>();
    private final TableView<LineItem> lines = new TableView<>();
    private final GridPane custom = grid();
    private final VBox customGroup = new VBox(4);
    private final ScrollPane scroll;
    private Runnable whenAllSeen = () -> { };
    private Consumer<FieldKey> onHovered = key -> { };
    private final SupplierSection supplierSection;

    /**
     * @param pageImage the picture of a page of the invoice shown, by number from 1, or null
     * @param pageTurns how far a page of it is shown turned, by number from 1, in quarter turns clockwise
     */
    FieldsPane(InvoiceViewModel model, Messages messages, IntFunction<Image> pageImage, IntUnaryOperator pageTurns) {
        this.model = model;
        this.messages = messages;
        this.pageImage = pageImage;
        this.pageTurns = pageTurns;
        root.getStyleClass().add("fields-pane");
        root.setTop(snippetBox());
        supplierSection = new SupplierSection(model, messages);
        VBox form = new VBox(4);
        form.getStyleClass().add("fields-form");
        form.getChildren().add(supplierSection.root());
        for (InvoiceViewModel.Group group : InvoiceViewModel.Group.values()) {
            form.getChildren().add(groupTitle(messages.get("group." + group.name())));
            GridPane grid = grid();
            int row = 0;
            for (FieldKey key : group.fields()) {
                Editor editor = new Editor(key);
                editors.put(key, editor);
                editor.place(grid, row++);
            }
            form.getChildren().add(grid);
        }
        customGroup.setId(CUSTOM_ID);
        customGroup.getChildren().addAll(groupTitle(messages.get("group.CUSTOM")), custom);
        customGroup.managedProperty().bind(customGroup.visibleProperty());
        customGroup.setVisible(false);
        form.getChildren().add(customGroup);
        form.getChildren().addAll(groupTitle(messages.get("group.VAT")), vatTable(), groupTitle(messages.get("group.LINES")), lineTable());
        scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        root.setCenter(scroll);

        model.rows().addListener((ListChangeListener<FieldRow>) change -> refresh());
        model.currentProperty().addListener((obs, was, now) -> showSnippet(now));
        model.invoiceProperty().addListener((obs, was, now) -> {
            vat.getItems().setAll(now == null ? List.of() : now.recognition().vatBreakdown());
            lines.getItems().setAll(now == null ? List.of() : now.recognition().lineItems());
            showCustom(now == null ? List.of() : now.recognition().custom());
        });
        refresh();
    }

    Node root() {
        return root;
    }

    /** What to do when Enter is pressed on a field and no field needs a look any more (focus Validate). */
    /** What "Create supplier…" does, offered when the invoice's supplier is not in the register. */
    void setOnCreateSupplier(Runnable action) {
        supplierSection.setOnCreate(action);
    }

    void setWhenAllSeen(Runnable action) {
        this.whenAllSeen = action;
    }

    /** Moves the keyboard to the first field that needs a look, or to the first field. */
    void focusFirst() {
        FieldKey key = model.nextNeedingLook(null).orElse(InvoiceViewModel.ORDER.getFirst());
        editors.get(key).input.requestFocus();
        // The field may have had the keyboard on the invoice before, and keep it: its focus then does not change,
        // and only this says that it is the field the operator is on, magnified above the form.
        model.currentProperty().set(key);
    }

    /**
     * Sends what is typed in the focused field to the invoice, before the invoice changes or is
     * validated; the future says whether it was taken, so a refused entry keeps the operator on it.
     */
    CompletableFuture<Boolean> commitFocused() {
        return editors.values().stream().filter(e -> e.input.isFocused()).findFirst().map(Editor::commit)
                .orElse(CompletableFuture.completedFuture(true));
    }

    /** Whether one of the fields has the keyboard. */
    boolean hasFocus() {
        return editors.values().stream().anyMatch(e -> e.input.isFocused());
    }

    /** Whether the field with the keyboard holds typed text that is not yet its value. */
    boolean typingInFocused() {
        return editors.entrySet().stream().filter(e -> e.getValue().input.isFocused()).findFirst()
                .flatMap(e -> model.row(e.getKey()).map(r -> !r.value().equals(e.getValue().input.getText())))
                .orElse(false);
    }

    /** What to do when the pointer comes over a field's input (with its key) or leaves it (with null). */
    void setOnHovered(Consumer<FieldKey> action) {
        this.onHovered = action;
    }

    /** Marks the field whose box the pointer is over on the page, or none. */
    void hover(FieldKey key) {
        editors.forEach((k, editor) -> editor.input.pseudoClassStateChanged(HOVERED, k == key));
    }

    TextField input(FieldKey key) {
        return editors.get(key).input;
    }

    /** Scrolls the form so that the field with the keyboard is in sight. */
    private void reveal(Node node) {
        Node content = scroll.getContent();
        javafx.geometry.Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        double target = top;
        if (inContent.getMinY() - 40 < top) {
            target = inContent.getMinY() - 40;
        } else if (inContent.getMaxY() + 40 > top + viewHeight) {
            target = inContent.getMaxY() + 40 - viewHeight;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewHeight))));
    }

    private void refresh() {
        for (FieldRow row : model.rows()) {
            editors.get(row.key()).show(row);
        }
        if (model.rows().isEmpty()) {
            editors.values().forEach(Editor::clear);
        }
        showSnippet(model.currentProperty().get());
    }

    /** The invoice's custom fields, read-only, with where each was read from; the group shows only when there are some. */
    private void showCustom(List<CustomValue> values) {
        custom.getChildren().clear();
        int row = 0;
        for (CustomValue value : values) {
            Label name = new Label(value.name());
            name.getStyleClass().add("field-name");
            // A long name ("N° de TVA du client") takes two lines rather than losing its end.
            name.setWrapText(true);
            TextField shown = new TextField(value.value());
            shown.setId("custom-" + value.name());
            shown.setEditable(false);
            shown.setFocusTraversable(false);
            shown.getStyleClass().add("field-input");
            Label detail = new Label(value.source() == Source.OPERATOR ? messages.get("field.state.CORRECTED")
                    : messages.get("field.detail", value.confidence(), messages.get("field.source." + value.source().key())));
            detail.setId("custom-detail-" + value.name());
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "field-detail");
            detail.setWrapText(true);
            VBox box = new VBox(1, shown, detail);
            GridPane.setMargin(box, new Insets(0, 0, 4, 0));
            custom.add(name, 1, row);
            custom.add(box, 2, row++);
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            GridPane.setMargin(name, new Insets(6, 0, 0, 0));
        }
        customGroup.setVisible(!values.isEmpty());
    }

    private Node snippetBox() {
        snippet.setId(SNIPPET_ID);
        snippet.setPreserveRatio(true);
        snippet.setSmooth(true);
        StackPane box = new StackPane(snippet);
        box.getStyleClass().add("snippet");
        box.setMinHeight(72);
        box.setPrefHeight(72);
        box.setMaxHeight(72);
        // The picture follows the box's width; were the box's minimum the picture's, the fields could be
        // widened (a maximised window, a divider moved) but never narrowed again.
        box.setMinWidth(0);
        snippet.fitWidthProperty().bind(box.widthProperty().subtract(16));
        // The box's height less its padding and border: a taller picture would spill over the border below.
        snippet.setFitHeight(62);
        return box;
    }

    /** Shows the zone of the field, magnified, so the operator compares without looking across the screen. */
    private void showSnippet(FieldKey key) {
        Optional<FieldRow> row = key == null ? Optional.empty() : model.row(key);
        Optional<FieldRow> placed = row.filter(r -> r.box() != null && r.page() > 0);
        Invoice shown = model.invoiceProperty().get();
        int page = placed.map(FieldRow::page).orElse(0);
        PageSnippet.show(snippet, placed.map(r -> pageImage.apply(page)).orElse(null), placed.map(FieldRow::box).orElse(null),
                pageTurns.applyAsInt(page), shown == null ? 0 : shown.readingTurns(page));
    }

    /** Shows the current field's zone again, as its page is now shown: after the operator turned it. */
    void pageTurned() {
        showSnippet(model.currentProperty().get());
    }

    static Label groupTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().addAll(Styles.TEXT_CAPTION, "group-title");
        return title;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints dot = new ColumnConstraints(10);
        ColumnConstraints label = new ColumnConstraints(110, 120, 160);
        ColumnConstraints value = new ColumnConstraints(120, 200, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(dot, label, value);
        return grid;
    }

    private Node vatTable() {
        vat.setId("vat-breakdown");
        vat.getColumns().add(column(messages.get("vat.rate"), VatLine::rate));
        vat.getColumns().add(column(messages.get("vat.base"), VatLine::base));
        vat.getColumns().add(column(messages.get("vat.tax"), VatLine::tax));
        return table(vat, 4);
    }

    private Node lineTable() {
        lines.setId("line-items");
        TableColumn<LineItem, String> description = column(messages.get("line.description"), LineItem::description);
        description.setPrefWidth(180);
        lines.getColumns().add(description);
        lines.getColumns().add(column(messages.get("line.quantity"), LineItem::quantity));
        lines.getColumns().add(column(messages.get("line.unit_price"), LineItem::unitPrice));
        lines.getColumns().add(column(messages.get("line.amount"), LineItem::amount));
        lines.getColumns().add(column(messages.get("line.vat_rate"), LineItem::vatRate));
        return table(lines, 8);
    }

    private <T> Node table(TableView<T> table, int rows) {
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("table.empty")));
        table.setFocusTraversable(false);
        table.setFixedCellSize(26);
        table.setPrefHeight(30 + rows * 26);
        table.setMinHeight(30 + 2 * 26);
        return table;
    }

    /** A column of text that is not sorted: the order of its rows is the order they come in. */
    static <T> TableColumn<T, String> column(String title, Function<T, Object> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> {
            Object v = value.apply(cell.getValue());
            String text = v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
            return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
        });
        column.setSortable(false);
        return column;
    }

    /** One field: its state, its name, what was read, where from, and what fails. */
    private final class Editor {

        private final FieldKey key;
        private final Circle dot = new Circle(4);
        private final Label name;
        private final TextField input = new TextField();
        private final Label detail = new Label();
        private final Label problem = new Label();
        // One tooltip per field for its whole life: making one builds a popup window, too slow to do per invoice.
        private final javafx.scene.control.Tooltip stateTip = new javafx.scene.control.Tooltip();
        private FieldRow row;
        /** What was last sent to the invoice from this field, so leaving it right after Enter sends nothing twice. */
        private String sent;
        private long shownInvoice;

        Editor(FieldKey key) {
            this.key = key;
            this.name = new Label(messages.get("field." + key.key()));
            name.setLabelFor(input);
            name.getStyleClass().add("field-name");
            // A long name ("N° de TVA du client") takes two lines rather than losing its end.
            name.setWrapText(true);
            input.setId("field-" + key.key());
            detail.setId("detail-" + key.key());
            input.getStyleClass().add("field-input");
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "field-detail");
            detail.setWrapText(true);
            problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "field-problem");
            problem.setWrapText(true);
            problem.managedProperty().bind(problem.visibleProperty());
            dot.getStyleClass().add("state-dot");
            javafx.scene.control.Tooltip.install(dot, stateTip);
            input.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    model.currentProperty().set(key);
                    reveal(input);
                } else if (input.getScene() == null || input.getScene().getWindow() == null || input.getScene().getWindow().isFocused()) {
                    // Leaving the field inside the window confirms it; switching to another program does not.
                    commit();
                }
            });
            input.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
            input.hoverProperty().addListener((obs, was, now) -> onHovered.accept(now ? key : null));
        }

        void place(GridPane grid, int row) {
            VBox value = new VBox(1, input, detail, problem);
            GridPane.setMargin(value, new Insets(0, 0, 4, 0));
            grid.add(dot, 0, row);
            grid.add(name, 1, row);
            grid.add(value, 2, row);
            GridPane.setValignment(dot, javafx.geometry.VPos.TOP);
            GridPane.setMargin(dot, new Insets(12, 0, 0, 2));
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            GridPane.setMargin(name, new Insets(6, 0, 0, 0));
        }

        void show(FieldRow shown) {
            boolean typing = input.isFocused() && row != null && !input.getText().equals(row.value())
                    && !input.getText().equals(sent) && model.invoice() != null && shownInvoice == model.invoice().id();
            this.row = shown;
            this.sent = null;
            this.shownInvoice = model.invoice() == null ? 0 : model.invoice().id();
            if (!typing) {
                // What the operator is typing in this field stays; a result for another field must not wipe it.
                input.setText(shown.value());
            }
            input.setPromptText(shown.state() == FieldState.MISSING ? messages.get("field.missing") : "");
            input.setDisable(model.invoice() == null || !model.invoice().open());
            for (FieldState s : FieldState.values()) {
                dot.getStyleClass().remove("state-" + s.name().toLowerCase(java.util.Locale.ROOT));
                input.getStyleClass().remove("state-" + s.name().toLowerCase(java.util.Locale.ROOT));
            }
            String style = "state-" + shown.state().name().toLowerCase(java.util.Locale.ROOT);
            dot.getStyleClass().add(style);
            input.getStyleClass().add(style);
            detail.setText(detailText(shown));
            problem.setText(shown.problem());
            problem.setVisible(!shown.problem().isEmpty());
            stateTip.setText(messages.get("field.state." + shown.state().name()));
        }

        void clear() {
            row = null;
            input.setText("");
            input.setDisable(true);
            detail.setText("");
            problem.setVisible(false);
        }

        private String detailText(FieldRow shown) {
            if (shown.state() == FieldState.MISSING) {
                return "";
            }
            String source = shown.source().equals(Source.OPERATOR.key()) ? messages.get("field.state.CORRECTED")
                    : messages.get("field.detail", shown.confidence(), messages.get("field.source." + shown.source()));
            if (shown.state() == FieldState.CONFIRMED) {
                source = messages.get("field.state.CONFIRMED") + " · " + source;
            }
            return shown.candidates().isEmpty() ? source : source + " · " + messages.get("field.candidates", shown.candidates().size());
        }

        private void keyPressed(KeyEvent event) {
            switch (event.getCode()) {
                case ENTER -> {
                    if (event.isShortcutDown() || event.isAltDown()) {
                        return;
                    }
                    event.consume();
                    commit();
                    model.confirmed(key);
                    Optional<FieldKey> next = model.nextNeedingLook(key);
                    if (next.isPresent()) {
                        editors.get(next.get()).input.requestFocus();
                    } else {
                        whenAllSeen.run();
                    }
                }
                case ESCAPE -> {
                    if (row != null && !input.getText().equals(row.value())) {
                        event.consume();
                        input.setText(row.value());
                        input.selectAll();
                    }
                }
                case F4 -> {
                    event.consume();
                    showCandidates();
                }
                default -> {
                }
            }
        }

        /** Sends what is typed to the invoice; the future says whether it was taken (true when nothing was pending). */
        CompletableFuture<Boolean> commit() {
            if (row == null || model.invoice() == null || !model.invoice().open() || input.getText().equals(row.value())
                    || input.getText().equals(sent)) {
                return CompletableFuture.completedFuture(true);
            }
            sent = input.getText();
            return model.correct(key, input.getText()).thenApply(taken -> {
                if (!taken) {
                    sent = null;
                }
                return taken;
            });
        }

        private void showCandidates() {
            if (row == null || row.candidates().isEmpty()) {
                return;
            }
            ContextMenu menu = new ContextMenu();
            for (Candidate candidate : row.candidates()) {
                MenuItem item = new MenuItem(candidate.value() + (candidate.printed().equals(candidate.value()) ? "" : "   (" + candidate.printed() + ")"));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> model.pick(key, candidate));
                menu.getItems().add(item);
            }
            menu.show(input, Side.BOTTOM, 0, 0);
        }
    }
}
