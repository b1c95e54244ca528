package io.verifact.ui;

import atlantafx.base.theme.Styles;
import io.verifact.model.Dossier;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.workflow.SupplierProposal;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The suppliers and the client files, in a window of their own: each register listed with a search on
 * the left, the one chosen in a form on the right, with its identifiers, address, keyword rules and
 * accounts (a supplier) or account rule and mappings (a client file). Ctrl+S saves, Ctrl+N starts a new
 * one, Ctrl+F searches; a change not saved is asked about before it is left. Both registers come in and
 * go out as CSV.
 */
final class RegistersDialog {

    static final String TABS_ID = "registers-tabs";
    static final String SUPPLIER_LIST_ID = "registers-suppliers";
    static final String DOSSIER_LIST_ID = "registers-dossiers";
    static final String SUPPLIER_SEARCH_ID = "registers-supplier-search";
    static final String DOSSIER_SEARCH_ID = "registers-dossier-search";
    static final String SAVE_ID = "registers-save";
    static final String REVERT_ID = "registers-revert";
    static final String PROBLEM_ID = "registers-problem";
    static final String DONE_ID = "registers-done";
    static final String GO_TO_ID = "registers-go-to";
    static final String ADD_LINE_ID = "registers-add-line";
    /** A form's field: {@code registers-supplier-vat}, {@code registers-dossier-name}. */
    static final String FIELD_ID = "registers-%s-%s";

    private final RegistersViewModel model;
    private final Messages messages;
    private final TabPane tabs = new TabPane();
    private final ListView<Supplier> supplierList = new ListView<>();
    private final ListView<Dossier> dossierList = new ListView<>();
    private final TextField supplierSearch = new TextField();
    private final TextField dossierSearch = new TextField();
    private Stage stage;
    /** Set while the window follows the model, so that its own selection changes do not go back to it. */
    private boolean following;

    private RegistersDialog(RegistersViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Opens the window over the workstation on the suppliers and reads both registers into it. */
    static RegistersDialog show(Window owner, Messages messages, RegistersViewModel model) {
        RegistersDialog dialog = new RegistersDialog(model, messages);
        dialog.open(owner);
        model.refresh();
        dialog.supplierList.requestFocus();
        return dialog;
    }

    /**
     * Opens the window with a new supplier filled from what an invoice shows; once saved it is
     * handed to {@code created}.
     */
    static RegistersDialog propose(Window owner, Messages messages, RegistersViewModel model, SupplierProposal proposal,
                                   Consumer<Supplier> created) {
        RegistersDialog dialog = new RegistersDialog(model, messages);
        dialog.open(owner);
        model.refresh().thenRun(() -> {
            model.propose(proposal, created);
            // Once the window has taken the keyboard for itself: the name is where the operator starts.
            javafx.application.Platform.runLater(() -> dialog.focusFirstField(true));
        });
        return dialog;
    }

    Stage stage() {
        return stage;
    }

    private void open(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("registers.title"));
        double width = owner == null ? 1100 : Math.max(900, owner.getWidth() * 0.8);
        double height = owner == null ? 760 : Math.max(600, owner.getHeight() * 0.85);
        Scene scene = new Scene(build(), width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.REGISTERS_SAVE.matches(event)) {
                event.consume();
                save();
            } else if (Shortcut.REGISTERS_NEW.matches(event)) {
                event.consume();
                leaveThen(() -> {
                    if (onSuppliers()) {
                        model.newSupplier();
                    } else {
                        model.newDossier();
                    }
                    focusFirstField(onSuppliers());
                });
            } else if (Shortcut.REGISTERS_SEARCH.matches(event)) {
                event.consume();
                (onSuppliers() ? supplierSearch : dossierSearch).requestFocus();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close();
            }
        });
        stage.setOnCloseRequest(event -> {
            event.consume();
            close();
        });
        stage.setScene(scene);
        stage.show();
    }

    private boolean onSuppliers() {
        return tabs.getSelectionModel().getSelectedIndex() == 0;
    }

    private RegistersViewModel.Form form() {
        return onSuppliers() ? model.suppliers().form : model.dossiers().form;
    }

    /** Puts the form on show back as it was filled. */
    private void revert() {
        if (onSuppliers()) {
            model.revertSupplier();
        } else {
            model.revertDossier();
        }
    }

    private CompletableFuture<Boolean> save() {
        return onSuppliers() ? model.saveSupplier() : model.saveDossier();
    }

    /** Closes the window, once a change not saved is saved or dropped. */
    private void close() {
        leaveThen(stage::close);
    }

    /**
     * Does what leaves the form as it is (another one chosen, a new one, closing): straight away when
     * nothing was changed, else once the operator said to save (and it was saved) or to drop the change.
     */
    private void leaveThen(Runnable then) {
        List<RegistersViewModel.Form> changed = java.util.stream.Stream.of(model.suppliers().form, model.dossiers().form)
                .filter(f -> f.changedProperty().get()).toList();
        if (changed.isEmpty()) {
            then.run();
            return;
        }
        boolean suppliers = changed.getFirst() == model.suppliers().form;
        tabs.getSelectionModel().select(suppliers ? 0 : 1);
        ButtonType keep = new ButtonType(messages.get("registers.save"), ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType(messages.get("registers.discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", keep, drop, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle(messages.get("registers.unsaved.title"));
        String name = form().get("name");
        ask.setHeaderText(messages.get("registers.unsaved", name.isEmpty() ? messages.get("registers.unnamed") : name));
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.filter(keep::equals).isPresent()) {
            save().thenAccept(saved -> {
                if (saved) {
                    leaveThen(then);
                }
            });
        } else if (answer.filter(drop::equals).isPresent()) {
            revert();
            leaveThen(then);
        }
    }

    private VBox build() {
        tabs.setId(TABS_ID);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab suppliers = new Tab(messages.get("registers.suppliers"), side(supplierList, supplierSearch, SUPPLIER_LIST_ID, SUPPLIER_SEARCH_ID,
                model.suppliers(), "registers.new.supplier", true, supplierForm()));
        Tab dossiers = new Tab(messages.get("registers.dossiers"), side(dossierList, dossierSearch, DOSSIER_LIST_ID, DOSSIER_SEARCH_ID,
                model.dossiers(), "registers.new.dossier", false, dossierForm()));
        tabs.getTabs().setAll(suppliers, dossiers);
        supplierList.setCellFactory(list -> new Cell<>(s -> s.name(), s -> String.join(" · ", java.util.stream.Stream.of(
                s.code().equals(s.id()) ? "" : s.code(), s.identifiers().isEmpty() ? "" : s.identifiers().getFirst().value(),
                s.blocked() ? messages.get("registers.blocked.mark") : "").filter(t -> !t.isEmpty()).toList())));
        dossierList.setCellFactory(list -> new Cell<>(d -> d.name(), d -> String.join(" · ", java.util.stream.Stream.of(
                d.code().equals(d.id()) ? "" : d.code(), d.identifiers().isEmpty() ? "" : d.identifiers().getFirst().value(),
                d.firm() ? messages.get("registers.firm.mark") : "").filter(t -> !t.isEmpty()).toList())));

        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        Button goTo = new Button();
        goTo.setId(GO_TO_ID);
        goTo.textProperty().bind(Bindings.createStringBinding(() -> model.existingProperty().get() == null ? ""
                : messages.get("registers.goto", model.existingProperty().get().name()), model.existingProperty()));
        goTo.visibleProperty().bind(model.existingProperty().isNotNull());
        goTo.managedProperty().bind(goTo.visibleProperty());
        goTo.setOnAction(e -> {
            tabs.getSelectionModel().select(0);
            model.goToExisting();
        });
        Label done = new Label();
        done.setId(DONE_ID);
        done.setWrapText(true);
        done.getStyleClass().add(Styles.SUCCESS);
        done.textProperty().bind(model.doneProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button revert = new Button(messages.get("registers.revert"));
        revert.setId(REVERT_ID);
        Button save = new Button(messages.get("registers.save") + "  (" + Shortcut.REGISTERS_SAVE.displayText() + ")");
        save.setId(SAVE_ID);
        save.setDefaultButton(false);
        save.getStyleClass().add(Styles.ACCENT);
        revert.setOnAction(e -> revert());
        save.setOnAction(e -> save());
        Runnable enable = () -> {
            boolean changed = form().changedProperty().get();
            save.setDisable(!changed || model.busyProperty().get());
            revert.setDisable(!changed);
        };
        model.suppliers().form.changedProperty().addListener((obs, was, now) -> enable.run());
        model.dossiers().form.changedProperty().addListener((obs, was, now) -> enable.run());
        model.busyProperty().addListener((obs, was, now) -> enable.run());
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> enable.run());
        enable.run();
        HBox bar = new HBox(8, done, spring, revert, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox news = new VBox(6, new HBox(8, problem, goTo), bar);
        news.setPadding(new Insets(8, 12, 10, 12));
        VBox root = new VBox(tabs, news);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getStyleClass().add("registers-window");
        return root;
    }

    /** One register: its search, its list and its buttons on the left, the form of the one chosen on the right. */
    private <T> Node side(ListView<T> list, TextField search, String listId, String searchId, RegistersViewModel.Side<T> side,
                          String newKey, boolean ofSuppliers, Node form) {
        list.setId(listId);
        search.setId(searchId);
        search.setPromptText(messages.get("registers.search"));
        search.textProperty().bindBidirectional(side.search);
        list.setItems(side.shown());
        Label empty = new Label(messages.get(ofSuppliers ? "registers.empty.suppliers" : "registers.empty.dossiers"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setPadding(new Insets(12));
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(Bindings.isEmpty(side.all()));
        StackPane listBox = new StackPane(list, empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        VBox.setVgrow(listBox, Priority.ALWAYS);

        side.chosenProperty().addListener((obs, was, now) -> follow(() -> select(list, now)));
        side.shown().addListener((ListChangeListener<T>) change -> follow(() -> select(list, side.chosenProperty().get())));
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (following || now == null || now == side.chosenProperty().get()) {
                return;
            }
            // Put back until the change not saved is dealt with; then the one chosen is shown.
            follow(() -> select(list, side.chosenProperty().get()));
            leaveThen(() -> {
                if (ofSuppliers) {
                    model.choose((Supplier) now);
                } else {
                    model.choose((Dossier) now);
                }
            });
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                focusFirstField(ofSuppliers);
            }
        });
        search.setOnAction(e -> {
            if (!side.shown().isEmpty()) {
                list.getSelectionModel().select(0);
                list.requestFocus();
            }
        });

        Button create = new Button(messages.get(newKey));
        create.setOnAction(e -> leaveThen(() -> {
            if (ofSuppliers) {
                model.newSupplier();
            } else {
                model.newDossier();
            }
            focusFirstField(ofSuppliers);
        }));
        Button importing = new Button(messages.get("registers.import"));
        importing.setOnAction(e -> chooseFile(false, ofSuppliers).ifPresent(file -> model.importFile(file.toPath(), ofSuppliers)));
        Button exporting = new Button(messages.get("registers.export"));
        exporting.setOnAction(e -> chooseFile(true, ofSuppliers).ifPresent(file -> model.exportFile(file.toPath(), ofSuppliers)));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, create, importing, exporting);
        VBox left = new VBox(8, search, listBox, buttons);
        left.setPadding(new Insets(10));
        left.setMinWidth(240);

        ScrollPane right = new ScrollPane(form);
        right.setFitToWidth(true);
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        right.getStyleClass().add("edge-to-edge");
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }

    private Optional<File> chooseFile(boolean writing, boolean ofSuppliers) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(writing ? "registers.export" : "registers.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        if (writing) {
            chooser.setInitialFileName(ofSuppliers ? "suppliers.csv" : "client-files.csv");
        }
        return Optional.ofNullable(writing ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage));
    }

    // The forms

    private Node supplierForm() {
        RegistersViewModel.Form form = model.suppliers().form;
        Grid grid = new Grid("supplier", form);
        grid.head("blocked", messages.get("registers.field.blocked"));
        grid.identifiers(RegistersViewModel.SUPPLIER_KINDS, messages.get("registers.several"));
        grid.section(messages.get("registers.contact"));
        grid.wide("email", messages.get("registers.field.email"));
        grid.address();
        grid.section(messages.get("registers.booking"));
        grid.pair("currency", messages.get("registers.field.currency"), "vat_rate", messages.get("registers.field.vat_rate"));
        TextArea keywords = new TextArea();
        keywords.setId(FIELD_ID.formatted("supplier", "keywords"));
        keywords.setPrefRowCount(3);
        keywords.setWrapText(true);
        keywords.setPromptText(messages.get("registers.keywords.prompt"));
        keywords.textProperty().bindBidirectional(form.text("keywords"));
        grid.wideNode(keywords, messages.get("registers.field.keywords"));
        grid.section(messages.get("registers.accounts"));
        grid.lines(messages.get("registers.account.add"), null, line -> accountLine(form, line));
        return grid.box();
    }

    private Node accountLine(RegistersViewModel.Form form, RegistersViewModel.Line line) {
        TextField account = new TextField();
        account.textProperty().bindBidirectional(line.value);
        account.setPromptText(messages.get("registers.account.prompt"));
        if (Supplier.ANY_FILE.equals(line.key.get())) {
            Label every = new Label(messages.get("registers.account.any"));
            every.setMinWidth(220);
            account.setId(FIELD_ID.formatted("supplier", "account"));
            return row(every, account, null);
        }
        ComboBox<String> file = new ComboBox<>();
        file.getItems().setAll(model.dossiers().all().stream().map(Dossier::id).toList());
        file.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : model.dossiers().all().stream().filter(d -> d.id().equals(id)).map(Dossier::name).findFirst().orElse(id);
            }

            @Override
            public String fromString(String text) {
                return model.dossiers().all().stream().filter(d -> d.name().equals(text)).map(Dossier::id).findFirst().orElse(null);
            }
        });
        file.setPromptText(messages.get("registers.account.file"));
        file.valueProperty().bindBidirectional(line.key);
        file.setPrefWidth(220);
        Button remove = new Button(messages.get("registers.remove"));
        remove.setOnAction(e -> form.lines.remove(line));
        return row(file, account, remove);
    }

    private Node dossierForm() {
        RegistersViewModel.Form form = model.dossiers().form;
        Grid grid = new Grid("dossier", form);
        grid.head("firm", messages.get("registers.field.firm"));
        grid.identifiers(RegistersViewModel.DOSSIER_KINDS, messages.get("registers.several.dossier"));
        grid.section(messages.get("registers.contact"));
        grid.address();
        grid.section(messages.get("registers.accounts"));
        grid.pair("account_prefix", messages.get("registers.field.account_prefix"), "account_length", messages.get("registers.field.account_length"));
        grid.section(messages.get("registers.mappings"));
        grid.note(messages.get("registers.mappings.note"));
        grid.lines(messages.get("registers.mapping.add"), "", line -> mappingLine(form, line));
        return grid.box();
    }

    private Node mappingLine(RegistersViewModel.Form form, RegistersViewModel.Line line) {
        TextField from = new TextField();
        from.textProperty().bindBidirectional(line.key);
        from.setPromptText(messages.get("registers.mapping.from"));
        from.setPrefWidth(220);
        TextField to = new TextField();
        to.textProperty().bindBidirectional(line.value);
        to.setPromptText(messages.get("registers.mapping.to"));
        Button remove = new Button(messages.get("registers.remove"));
        remove.setOnAction(e -> form.lines.remove(line));
        return row(from, to, remove);
    }

    private static HBox row(Node first, TextField second, Button remove) {
        HBox row = new HBox(8, first, second);
        HBox.setHgrow(second, Priority.ALWAYS);
        if (remove != null) {
            row.getChildren().add(remove);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Lines added, taken away or all replaced, not one line's text typed in: that would rebuild the field being typed in. */
    private static boolean structural(ListChangeListener.Change<?> change) {
        while (change.next()) {
            if (!change.wasUpdated()) {
                return true;
            }
        }
        return false;
    }

    private static void focusLast(VBox lines) {
        if (!lines.getChildren().isEmpty() && lines.getChildren().getLast() instanceof HBox row) {
            row.getChildren().getFirst().requestFocus();
        }
    }

    private void focusFirstField(boolean ofSuppliers) {
        tabs.getSelectionModel().select(ofSuppliers ? 0 : 1);
        Node name = stage.getScene().lookup("#" + FIELD_ID.formatted(ofSuppliers ? "supplier" : "dossier", "name"));
        if (name != null) {
            name.requestFocus();
        }
    }

    private <T> void select(ListView<T> list, T chosen) {
        if (chosen == null) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(chosen);
            list.scrollTo(chosen);
        }
    }

    private void follow(Runnable change) {
        boolean was = following;
        following = true;
        try {
            change.run();
        } finally {
            following = was;
        }
    }

    /** A form laid out in two columns of labelled fields, with sections. */
    private final class Grid extends GridPane {
        private final String of;
        private final RegistersViewModel.Form form;
        private int row;

        Grid(String of, RegistersViewModel.Form form) {
            this.of = of;
            this.form = form;
            setHgap(10);
            setVgap(6);
            setPadding(new Insets(14));
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints field = new ColumnConstraints(80, 160, Double.MAX_VALUE);
            field.setHgrow(Priority.ALWAYS);
            getColumnConstraints().setAll(label, field, label, field);
        }

        Node box() {
            return this;
        }

        /** The name, the id in the firm's register, and the form's one flag beside it. */
        void head(String flag, String flagText) {
            wide("name", messages.get("registers.field.name"));
            pair("ref", messages.get("registers.field.ref"), null, null);
            CheckBox box = new CheckBox(flagText);
            box.setWrapText(true);
            box.setId(FIELD_ID.formatted(of, flag));
            box.selectedProperty().bindBidirectional(form.flag);
            add(box, 2, row - 1, 2, 1);
        }

        /** A box per kind of identifier, two by row; bank accounts, long, on a row of their own. */
        void identifiers(List<SupplierId.Kind> kinds, String note) {
            section(messages.get("registers.identifiers"));
            String waiting = null;
            for (SupplierId.Kind kind : kinds) {
                String label = messages.get("registers.kind." + kind.key());
                if (kind == SupplierId.Kind.IBAN || kind == SupplierId.Kind.BANK) {
                    wide(kind.key(), label);
                } else if (waiting == null) {
                    waiting = kind.key();
                } else {
                    pair(waiting, messages.get("registers.kind." + waiting), kind.key(), label);
                    waiting = null;
                }
            }
            if (waiting != null) {
                pair(waiting, messages.get("registers.kind." + waiting), null, null);
            }
            note(note);
        }

        /** The form's lines, one row each, rebuilt when one is added or taken away, and a button to add one. */
        void lines(String addText, String newKey, java.util.function.Function<RegistersViewModel.Line, Node> rowOf) {
            VBox rows = new VBox(6);
            form.lines.addListener((ListChangeListener<RegistersViewModel.Line>) change -> {
                if (structural(change)) {
                    rows.getChildren().setAll(form.lines.stream().map(rowOf).toList());
                }
            });
            Button add = new Button(addText);
            add.setId(ADD_LINE_ID + "-" + of);
            add.setOnAction(e -> {
                form.lines.add(new RegistersViewModel.Line(newKey, ""));
                focusLast(rows);
            });
            add(new VBox(6, rows, add), 0, row++, 4, 1);
        }

        void address() {
            wide("street", messages.get("registers.field.street"));
            pair("postcode", messages.get("registers.field.postcode"), "city", messages.get("registers.field.city"));
            pair("country", messages.get("registers.field.country"), null, null);
        }

        void section(String title) {
            Label heading = new Label(title);
            heading.getStyleClass().addAll(Styles.TITLE_4, "registers-section");
            GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 0, 0));
            add(heading, 0, row++, 4, 1);
        }

        void note(String text) {
            Label note = new Label(text);
            note.setWrapText(true);
            note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            add(note, 1, row++, 3, 1);
        }

        void wide(String name, String label) {
            wideNode(field(name), label);
        }

        void wideNode(Node field, String label) {
            Label name = label(label, field);
            GridPane.setValignment(name, VPos.TOP);
            GridPane.setMargin(name, new Insets(4, 0, 0, 0));
            add(name, 0, row);
            add(field, 1, row++, 3, 1);
        }

        void pair(String first, String firstLabel, String second, String secondLabel) {
            TextField one = field(first);
            add(label(firstLabel, one), 0, row);
            add(one, 1, row);
            if (second != null) {
                TextField two = field(second);
                add(label(secondLabel, two), 2, row);
                add(two, 3, row);
            }
            row++;
        }

        private TextField field(String name) {
            TextField field = new TextField();
            field.setId(FIELD_ID.formatted(of, name));
            field.textProperty().bindBidirectional(form.text(name));
            return field;
        }

        private Label label(String text, Node field) {
            Label label = new Label(text);
            label.setLabelFor(field);
            label.getStyleClass().add("field-name");
            return label;
        }
    }

    /** One entry of a register: its name, and below it its id, strongest identifier and state. */
    private static final class Cell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> name;
        private final java.util.function.Function<T, String> detail;

        Cell(java.util.function.Function<T, String> name, java.util.function.Function<T, String> detail) {
            this.name = name;
            this.detail = detail;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(name.apply(item));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label below = new Label(detail.apply(item));
            below.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            below.setVisible(!below.getText().isEmpty());
            below.setManaged(below.isVisible());
            setGraphic(new VBox(title, below));
        }
    }
}
