package io.verifact.ui;

import atlantafx.base.theme.Styles;
import io.verifact.model.FieldKey;
import io.verifact.model.MaskChange;
import io.verifact.model.Supplier;
import io.verifact.ui.viewer.BoxState;
import io.verifact.ui.viewer.FieldBox;
import io.verifact.ui.viewer.PageThumbnails;
import io.verifact.ui.viewer.PageViewer;
import io.verifact.workflow.Teaching;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Date;
import java.util.Objects;

/**
 * The suppliers' masks, in a window of their own: the suppliers with their masks on the left; the
 * chosen version drawn over the invoice it was made on, each zone a labelled rectangle; its history
 * (who, when, on which invoice, what), and the changes an operator can make to it, each tried on the
 * supplier's earlier invoices before it is kept. Esc drops a change tried, then closes the window.
 */
final class MasksDialog {

    static final String TREE_ID = "masks-list";
    static final String SHOWN_ID = "masks-shown";
    static final String VIEWER_ID = "masks-viewer";
    static final String HISTORY_ID = "masks-history";
    static final String TRY_ID = "masks-try";
    static final String RESTORE_ID = "masks-restore";
    static final String DELETE_ID = "masks-delete";
    static final String TRIAL_ID = "masks-trial";
    static final String DIFFERENCES_ID = "masks-differences";
    static final String QUESTION_ID = "masks-question";
    static final String KEEP_ID = "masks-keep";
    static final String DISMISS_ID = "masks-dismiss";
    static final String PROBLEM_ID = "masks-problem";

    private final MasksViewModel model;
    private final Messages messages;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final Label shown = new Label();
    private final Label nothing = new Label();
    private final PageViewer viewer = new PageViewer();
    private final PageThumbnails thumbnails = new PageThumbnails();
    private final TableView<MasksViewModel.Version> history = new TableView<>(null);
    private final TableView<Teaching.Difference> differences = new TableView<>();
    private final Label trial = new Label();
    private final Label question = new Label();
    private final Button keep = new Button();
    private final Button dismiss = new Button();
    private final VBox trialBox = new VBox(6);
    /** Set while the window follows the model, so that its own selection changes do not go back to it. */
    private boolean following;

    private MasksDialog(MasksViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Opens the window over the workstation and reads the masks into it. */
    static Stage show(Window owner, Messages messages, MasksViewModel model) {
        MasksDialog dialog = new MasksDialog(model, messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("masks.title"));
        double width = owner == null ? 1280 : Math.max(900, owner.getWidth() * 0.9);
        double height = owner == null ? 800 : Math.max(600, owner.getHeight() * 0.9);
        Scene scene = new Scene(dialog.build(), width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                if (model.proposalProperty().get() != null) {
                    model.dismiss();
                } else {
                    stage.close();
                }
            } else if (event.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof Button button && !button.isDisabled()) {
                // Enter answers with the button that has the keyboard, on every system.
                event.consume();
                button.fire();
            }
        });
        stage.setScene(scene);
        stage.show();
        model.refresh();
        dialog.tree.requestFocus();
        return stage;
    }

    private SplitPane build() {
        SplitPane split = new SplitPane(list(), page(), changes());
        split.setDividerPositions(0.22, 0.48);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        split.getStyleClass().add("masks-window");
        return split;
    }

    // The suppliers and their masks

    private Node list() {
        tree.setId(TREE_ID);
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(null);
                setText(null);
                if (empty || item == null) {
                    return;
                }
                if (item instanceof Supplier supplier) {
                    // The name on its own line, its strongest identifier below it: a long name is not cut.
                    Label name = new Label(supplier.name());
                    name.getStyleClass().add(Styles.TEXT_BOLD);
                    Label identifier = new Label(supplier.identifiers().isEmpty() ? "" : supplier.identifiers().getFirst().value());
                    identifier.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                    identifier.setVisible(!identifier.getText().isEmpty());
                    identifier.setManaged(identifier.isVisible());
                    setGraphic(new VBox(name, identifier));
                } else {
                    setText(describe(item));
                }
            }
        });
        Label empty = new Label(messages.get("masks.empty", Shortcut.DRAW_ZONE.displayText()));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setPadding(new Insets(12));
        empty.visibleProperty().bind(Bindings.isEmpty(model.suppliers()));
        empty.setMouseTransparent(true);
        model.suppliers().addListener((ListChangeListener<MasksViewModel.SupplierMasks>) change -> fillTree());
        model.maskProperty().addListener((obs, was, now) -> follow(() -> selectInTree(now)));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (following || now == null) {
                return;
            }
            if (now.getValue() instanceof MasksViewModel.MaskEntry entry) {
                model.choose(entry);
            } else if (!now.getChildren().isEmpty()) {
                tree.getSelectionModel().select(now.getChildren().getFirst());
            }
        });
        StackPane box = new StackPane(tree, empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        box.setPadding(new Insets(10));
        box.setMinWidth(200);
        return box;
    }

    private String describe(Object item) {
        MasksViewModel.MaskEntry entry = (MasksViewModel.MaskEntry) item;
        return entry.deleted() ? messages.get("masks.item.deleted", entry.number())
                : messages.get("masks.item", entry.number(), entry.mask().version(), entry.mask().zones().size());
    }

    private void fillTree() {
        follow(() -> {
            tree.getRoot().getChildren().setAll(model.suppliers().stream().map(s -> {
                TreeItem<Object> supplier = new TreeItem<>(s.supplier());
                supplier.setExpanded(true);
                s.masks().forEach(m -> supplier.getChildren().add(new TreeItem<>(m)));
                return supplier;
            }).toList());
            selectInTree(model.maskProperty().get());
        });
    }

    private void selectInTree(MasksViewModel.MaskEntry entry) {
        for (TreeItem<Object> supplier : tree.getRoot().getChildren()) {
            for (TreeItem<Object> mask : supplier.getChildren()) {
                if (entry != null && mask.getValue() instanceof MasksViewModel.MaskEntry m && m.mask().id().equals(entry.mask().id())) {
                    tree.getSelectionModel().select(mask);
                    return;
                }
            }
        }
        tree.getSelectionModel().clearSelection();
    }

    // The version over its invoice

    private Node page() {
        shown.setId(SHOWN_ID);
        shown.getStyleClass().add(Styles.TEXT_BOLD);
        shown.setWrapText(true);
        viewer.setId(VIEWER_ID);
        nothing.getStyleClass().add(Styles.TEXT_MUTED);
        nothing.setWrapText(true);
        nothing.setMouseTransparent(true);
        nothing.visibleProperty().bind(viewer.imageProperty().isNull());
        StackPane onPage = new StackPane(viewer, nothing);
        HBox pageAndThumbnails = new HBox(thumbnails, onPage);
        HBox.setHgrow(onPage, Priority.ALWAYS);
        VBox.setVgrow(pageAndThumbnails, Priority.ALWAYS);
        thumbnails.selectedPageProperty().addListener((obs, was, now) -> showPage(now.intValue()));
        model.versionProperty().addListener((obs, was, now) -> showTitle());
        model.drawingProperty().addListener((obs, was, now) -> showDrawing(now));
        showDrawing(null);
        VBox box = new VBox(8, shown, pageAndThumbnails);
        box.setPadding(new Insets(10));
        return box;
    }

    private void showTitle() {
        MasksViewModel.MaskEntry entry = model.maskProperty().get();
        MasksViewModel.Version version = model.versionProperty().get();
        if (entry == null || version == null) {
            shown.setText("");
            return;
        }
        String invoice = version.invoice().map(Teaching.InvoiceFile::fileName).orElse(messages.get("masks.not.here"));
        shown.setText(messages.get("masks.shown", entry.supplier().name(), entry.number(), version.change().version(), invoice));
    }

    private void showDrawing(MasksViewModel.Drawing drawing) {
        MasksViewModel.Version version = model.versionProperty().get();
        nothing.setText(version == null ? "" : version.invoice().isEmpty() ? messages.get("masks.not.here.long") : messages.get("zone.reading"));
        if (drawing == null) {
            thumbnails.getPages().clear();
            viewer.setImage(null);
            viewer.getBoxes().clear();
            return;
        }
        thumbnails.getPages().setAll(drawing.pages());
        int first = drawing.zones().stream().mapToInt(z -> z.page().in(drawing.pages().size())).filter(p -> p > 0).min().orElse(1);
        thumbnails.setSelectedPage(first);
        showPage(first);
    }

    private void showPage(int page) {
        MasksViewModel.Drawing drawing = model.drawingProperty().get();
        if (drawing == null || page < 1 || page > drawing.pages().size()) {
            return;
        }
        Image picture = drawing.pages().get(page - 1);
        // Shown as it was when its zones were taught on it: upright, where its reading turned it.
        viewer.showPage(picture, drawing.turnsOf(page));
        viewer.getBoxes().setAll(drawing.zones().stream().filter(z -> z.page().in(drawing.pages().size()) == page)
                .map(z -> new FieldBox(z.field(), drawing.onPageAsScanned(z, page), BoxState.CORRECTED, fieldName(z.field()))).toList());
        viewer.fitPage();
    }

    // The history and the changes

    private Node changes() {
        Label title = new Label(messages.get("masks.history"));
        title.getStyleClass().addAll(Styles.TEXT_CAPTION, "group-title");
        history.setId(HISTORY_ID);
        history.setItems(model.history());
        history.getColumns().add(FieldsPane.column(messages.get("masks.column.version"), v -> Integer.toString(v.change().version())));
        history.getColumns().add(FieldsPane.column(messages.get("masks.column.when"), v -> messages.get("masks.when", Date.from(v.change().at()))));
        history.getColumns().add(FieldsPane.column(messages.get("masks.column.who"), v -> v.change().actor()));
        javafx.scene.control.TableColumn<MasksViewModel.Version, String> what = FieldsPane.column(messages.get("masks.column.what"),
                v -> what(v.change()));
        what.setCellFactory(column -> new WhatCell());
        history.getColumns().add(what);
        double[] widths = {70, 150, 90, 300};
        for (int i = 0; i < widths.length; i++) {
            history.getColumns().get(i).setPrefWidth(widths[i]);
        }
        history.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        history.setPlaceholder(new Label(messages.get("masks.history.empty")));
        history.setPrefHeight(220);
        model.versionProperty().addListener((obs, was, now) -> follow(() -> history.getSelectionModel().select(now)));
        history.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!following && now != null && now != model.versionProperty().get()) {
                model.chooseVersion(now);
            }
        });

        Button tryIt = action(TRY_ID, "masks.try", model::tryVersion);
        Button restore = action(RESTORE_ID, "masks.restore", model::proposeRestore);
        Button delete = action(DELETE_ID, "masks.delete", model::proposeDelete);
        delete.getStyleClass().add(Styles.DANGER);
        var state = new javafx.beans.Observable[] {model.maskProperty(), model.versionProperty(), model.busyProperty()};
        tryIt.disableProperty().bind(Bindings.createBooleanBinding(() -> model.versionProperty().get() == null || model.busyProperty().get(), state));
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canRestore(), state));
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canDelete(), state));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, tryIt, restore, delete);

        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox box = new VBox(8, title, history, buttons, problem, trialBox());
        VBox.setVgrow(trialBox, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.setMinWidth(360);
        return box;
    }

    private Node trialBox() {
        trial.setId(TRIAL_ID);
        trial.getStyleClass().add(Styles.TEXT_BOLD);
        trial.setWrapText(true);
        differences.setId(DIFFERENCES_ID);
        differences.getColumns().add(FieldsPane.column(messages.get("masks.column.file"), Teaching.Difference::fileName));
        differences.getColumns().add(FieldsPane.column(messages.get("masks.column.field"), d -> fieldName(d.field())));
        differences.getColumns().add(FieldsPane.column(messages.get("masks.column.change"),
                d -> Objects.requireNonNullElse(d.before(), "—") + " → " + Objects.requireNonNullElse(d.after(), "—")));
        differences.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        differences.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        differences.getColumns().get(0).setPrefWidth(360);
        differences.getColumns().get(1).setPrefWidth(110);
        differences.getColumns().get(2).setPrefWidth(170);
        differences.setPlaceholder(new Label(messages.get("masks.trial.same")));
        VBox.setVgrow(differences, Priority.ALWAYS);
        question.setId(QUESTION_ID);
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        keep.setId(KEEP_ID);
        keep.getStyleClass().add(Styles.ACCENT);
        keep.managedProperty().bind(keep.visibleProperty());
        keep.setOnAction(e -> model.keep());
        keep.disableProperty().bind(model.busyProperty());
        keep.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setId(DISMISS_ID);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> model.dismiss());
        HBox answer = new HBox(8, dismiss, keep);
        answer.setAlignment(Pos.CENTER_RIGHT);
        trialBox.getChildren().setAll(trial, differences, question, answer);
        trialBox.getStyleClass().add("masks-trial");
        trialBox.managedProperty().bind(trialBox.visibleProperty());
        model.proposalProperty().addListener((obs, was, now) -> showProposal(now));
        model.busyProperty().addListener((obs, was, now) -> focusAnswer());
        showProposal(null);
        return trialBox;
    }

    private void showProposal(MasksViewModel.Proposal proposal) {
        if (proposal == null) {
            trialBox.setVisible(false);
            differences.getItems().clear();
            return;
        }
        Teaching.Trial tried = proposal.trial();
        trial.setText(tried.invoices() == 0 ? messages.get("masks.trial.none")
                : messages.get("masks.trial.summary", tried.changed(), tried.invoices()));
        differences.getItems().setAll(tried.differences());
        int version = proposal.version().change().version();
        switch (proposal.change()) {
            case RESTORE -> {
                question.setText(messages.get("masks.question.restore", version));
                keep.setText(messages.get("masks.keep.restore"));
            }
            case DELETE -> {
                question.setText(messages.get("masks.question.delete"));
                keep.setText(messages.get("masks.keep.delete"));
            }
            case TRY -> question.setText(messages.get("masks.question.try", version));
        }
        keep.setVisible(proposal.change() != MasksViewModel.Change.TRY);
        dismiss.setText(messages.get(proposal.change() == MasksViewModel.Change.TRY ? "masks.close" : "masks.cancel"));
        trialBox.setVisible(true);
        focusAnswer();
    }

    /** Puts the keyboard on the answer to a change tried: Enter keeps it, Esc drops it. */
    private void focusAnswer() {
        if (model.proposalProperty().get() != null && !model.busyProperty().get()) {
            (keep.isVisible() ? keep : dismiss).requestFocus();
        }
    }

    /** What a change of the history did, in the operator's words. */
    private String what(MaskChange change) {
        return switch (change.action()) {
            case "teach" -> messages.get("masks.action.teach", fieldName(change.field()));
            case "restore" -> messages.get("masks.action.restore", change.field() == null ? "" : change.field().replaceAll("\\D", ""));
            case "delete" -> messages.get("masks.action.delete");
            case "remove zone" -> messages.get("masks.action.remove", fieldName(change.field()));
            default -> change.field() == null ? change.action() : change.action() + " " + change.field();
        };
    }

    /** What a change did, and below it the invoice it was made on, so that a long file name has the row's width. */
    private final class WhatCell extends javafx.scene.control.TableCell<MasksViewModel.Version, String> {

        private final Label done = new Label();
        private final Label invoice = new Label();
        private final VBox lines = new VBox(done, invoice);

        WhatCell() {
            invoice.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            MasksViewModel.Version version = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (version == null) {
                setGraphic(null);
                return;
            }
            done.setText(text);
            invoice.setText(version.invoice().map(Teaching.InvoiceFile::fileName).orElse(messages.get("masks.not.here")));
            setGraphic(lines);
        }
    }

    private String fieldName(String field) {
        return field == null ? "" : FieldKey.fromKey(field).map(k -> messages.get("field." + k.key())).orElse(field);
    }

    private Button action(String id, String text, Runnable action) {
        Button button = new Button(messages.get(text));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void follow(Runnable change) {
        following = true;
        try {
            change.run();
        } finally {
            following = false;
        }
    }
}
