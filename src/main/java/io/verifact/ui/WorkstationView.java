package io.verifact.ui;

import atlantafx.base.theme.Styles;
import io.verifact.model.Arrival;
import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.ui.viewer.BoxState;
import io.verifact.ui.viewer.FieldBox;
import io.verifact.ui.viewer.PageThumbnails;
import io.verifact.ui.viewer.PageViewer;
import io.verifact.workflow.Decision;
import io.verifact.workflow.Ingest;
import io.verifact.workflow.Intake;
import io.verifact.workflow.Invoice;
import io.verifact.workflow.QueueItem;
import io.verifact.workflow.SupplierProposal;
import io.verifact.workflow.Workspace;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The main window's content: the work queue on the left, the page in the centre, the fields on the
 * right, the status bar below; and the keyboard flow that ties them together.
 */
final class WorkstationView {

    static final String APP_NAME_ID = "app-name";
    static final String QUEUE_SUMMARY_ID = "queue-summary";
    static final String VIEWER_ID = "page-viewer";
    static final String POSITION_ID = "status-position";
    static final String MESSAGE_ID = "status-message";
    static final String CANCEL_ID = "cancel-reading";
    static final String VALIDATE_ID = "validate";
    static final String REJECT_ID = "reject";
    static final String BANNER_ID = "invoice-banner";
    static final String SHARING_BANNER_ID = "sharing-banner";
    static final String SHARING_STATUS_ID = "status-sharing";
    static final String DRAW_ZONE_ID = "draw-zone";
    static final String MASKS_ID = "masks";
    static final String REGISTERS_ID = "registers";
    static final String OPEN_ID = "open";
    static final String OPEN_FOLDER_ID = "open-folder";
    static final String RECENT_STYLE = "recent";

    /** How often the queue looks for invoices another program (a command-line ingest) put in the store. */
    private static final java.time.Duration LOOK_FOR_OTHERS = java.time.Duration.ofSeconds(2);

    /** How many invoices after the current one are prepared ahead. */
    private static final int PREPARED_AHEAD = 2;

    private final Workspace workspace;
    private final Messages messages;
    private final QueueViewModel queue;
    private final InvoiceViewModel invoice;
    private final InvoiceLoader loader;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ExecutorService storeThread = daemon("verifact-store");
    private final ExecutorService pagesThread = daemon("verifact-pages");
    private final ExecutorService readerThread = daemon("verifact-reader");
    private final ExecutorService zonesThread = daemon("verifact-zones");
    private final ExecutorService masksThread = daemon("verifact-masks");
    private final ExecutorService sharingThread = daemon("verifact-sharing");
    private final ExecutorService keyringThread = daemon("verifact-keyring");
    private final Executor store = whileOpen(storeThread);
    private final Executor pages = whileOpen(pagesThread);
    private final Executor reader = whileOpen(readerThread);
    private final Executor zones = whileOpen(zonesThread);
    private final Executor masks = whileOpen(masksThread);
    private final Executor sharingWork = whileOpen(sharingThread);
    private final Executor keyringWork = whileOpen(keyringThread);
    private final BorderPane root = new BorderPane();
    private final QueuePane queuePane;
    private final FieldsPane fields;
    private final ZoneViewModel zone;
    private final ZonePanel zonePanel;
    private final PageViewer viewer = new PageViewer();
    private final PageThumbnails thumbnails = new PageThumbnails();
    private final Label banner = new Label();
    private final Label sharingBanner = new Label();
    private final Label sharingStatus = new Label();
    private final Label position = new Label();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Button validate = new Button();
    private final Button reject = new Button();
    private final Button compare = new Button();
    private final SplitMenuButton open = new SplitMenuButton();
    private final AtomicLong shown = new AtomicLong();
    /** The invoice asked for, while what is typed in a field is still being sent to the one shown. */
    private final AtomicLong requested = new AtomicLong();
    private final ReadOnlyLongWrapper displayed = new ReadOnlyLongWrapper(this, "displayed");
    /** The batches of files being read or waiting to be, on the JavaFX thread: Cancel stops them all. */
    private final List<Intake.Stop> batches = new ArrayList<>();
    private final WorkstationPreferences preferences;
    private final Keyring keyring;
    private final SharingViewModel sharing;
    private final java.util.function.Consumer<WorkstationApp.Theme> themes;
    private final SplitPane split;
    /** The dividers as the operator last placed them. */
    private SplitLayout layout;
    /** The operator pressed on a divider and has not let go yet. */
    private boolean movingDivider;
    private List<Image> pageImages = List.of();
    /** How far the operator turned the shown invoice's pages, in quarter turns by page number; upright pages are left out. */
    private Map<Integer, Integer> pageTurns = new HashMap<>();
    private Timeline watch;
    /** Settings asked for, and the keyring not yet read: asking again opens no second dialog. */
    private boolean settingsOpening;
    /** The store's version from other programs when the queue was last read. */
    private long seenVersion = Long.MIN_VALUE;

    WorkstationView(Workspace workspace, Messages messages, Image icon, WorkstationPreferences preferences, Keyring keyring,
                    java.util.function.Consumer<WorkstationApp.Theme> themes) {
        this.workspace = workspace;
        this.messages = messages;
        this.preferences = preferences;
        this.keyring = keyring;
        this.sharing = new SharingViewModel(workspace.sharing(), messages, messages.locale(), ZoneId.systemDefault(),
                sharingWork, Platform::runLater);
        this.themes = themes;
        this.queue = new QueueViewModel(messages);
        this.invoice = new InvoiceViewModel(workspace.verification(), messages, store, Platform::runLater);
        this.loader = new InvoiceLoader(workspace.verification(), store, pages);
        this.queuePane = new QueuePane(queue, sharing, messages, this::openFiles, this::openFolder, this::openDemo);
        this.fields = new FieldsPane(invoice, messages, this::pageImage, this::turnsOf);
        this.zone = new ZoneViewModel(workspace.teaching(), invoice, messages, zones, store, Platform::runLater);
        this.zonePanel = new ZonePanel(zone, messages, this::pageImage, this::turnsOf, text -> say(text, false));

        root.getStyleClass().add("workstation");
        root.setTop(header(icon));
        split = new SplitPane(pad(queuePane.root()), centre(), right());
        layout = preferences.layout();
        split.setDividerPositions(layout.at(0));
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        // A split pane shares a change of width out evenly and keeps the result: once it has laid itself out
        // at its new width, the dividers go back to where the operator left them.
        split.widthProperty().addListener((obs, was, now) -> Platform.runLater(this::applyLayout));
        // Only a divider the operator moved is theirs to keep; one the split moved while resizing is not.
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> movingDivider = isDivider(e.getTarget()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (movingDivider) {
                movingDivider = false;
                // Once the split has laid the divider out where it was dropped.
                Platform.runLater(() -> layout = new SplitLayout(split.getDividerPositions()[0], split.getDividerPositions()[1], splitWidth()));
            }
        });
        root.setCenter(split);
        root.setBottom(statusBar());

        queuePane.onChosen(item -> show(item.id()));
        invoice.rows().addListener((ListChangeListener<FieldRow>) change -> drawBoxes());
        invoice.currentProperty().addListener((obs, was, now) -> followField(now));
        invoice.invoiceProperty().addListener((obs, was, now) -> {
            if (was != null && now != null && was.id() == now.id()) {
                // A correction changes what the queue says of the invoice: its amount, its failing checks.
                refreshQueue();
            }
            if (zone.drawn() != null && (now == null || zone.drawn().invoice().id() != now.id())) {
                // A zone belongs to the invoice it was drawn on.
                zone.cancel();
            }
        });
        invoice.errorProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                say(now, true);
            }
        });
        thumbnails.selectedPageProperty().addListener((obs, was, now) -> showPage(now.intValue()));
        viewer.setOnBoxSelected(id -> FieldKey.fromKey(id).ifPresent(key -> fields.input(key).requestFocus()));
        viewer.hoveredProperty().addListener((obs, was, now) -> fields.hover(now == null ? null : FieldKey.fromKey(now).orElse(null)));
        fields.setOnHovered(key -> viewer.setPointed(key == null ? null : key.key()));
        viewer.setOnZoneDrawn(this::zoneDrawn);
        viewer.setOnPageDoubleClicked(this::wordAsked);
        zone.drawnProperty().addListener((obs, was, now) -> zoneClosedOrMoved(now));
        fields.setWhenAllSeen(validate::requestFocus);
        fields.setOnCreateSupplier(this::createSupplier);
        sharing.stateProperty().addListener((obs, was, now) -> {
            if (was.lastExchange() != now.lastExchange() && now.lastExchange() != null) {
                // What colleagues sent may have changed the queue.
                refreshQueue();
            }
        });
        sharing.start();
        refreshQueue();
        watchStore();
    }

    /** Refreshes the queue when another program changed the store, such as an ingest on the command line. */
    private void watchStore() {
        Timeline look = new Timeline(new KeyFrame(
                javafx.util.Duration.millis(LOOK_FOR_OTHERS.toMillis()), e -> CompletableFuture
                .supplyAsync(workspace.verification()::changesByOthers, store)
                .thenAcceptAsync(now -> {
                    if (now != seenVersion) {
                        refreshQueue();
                    }
                }, Platform::runLater)));
        look.setCycleCount(Animation.INDEFINITE);
        look.play();
        watch = look;
    }

    Parent root() {
        return root;
    }

    QueueViewModel queue() {
        return queue;
    }

    InvoiceViewModel invoice() {
        return invoice;
    }

    PageViewer viewer() {
        return viewer;
    }

    /** The invoice whose page and fields are in the window, 0 before the first; set once all of it is there. */
    ReadOnlyLongProperty displayedProperty() {
        return displayed.getReadOnlyProperty();
    }

    /** Completes once the invoices being prepared ahead are ready, as they are when the operator moves on. */
    CompletableFuture<Void> preparedAhead() {
        return CompletableFuture.runAsync(() -> { }, pages);
    }

    /** Installs the keymap, drag and drop and the window's close on a scene showing this view. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dropped);
    }

    /** Keeps where the operator left the dividers, for the next start. */
    void rememberLayout() {
        preferences.setLayout(layout);
    }

    private void applyLayout() {
        if (splitWidth() > 0) {
            split.setDividerPositions(layout.at(splitWidth()));
        }
    }

    /** The width the dividers' positions are fractions of. */
    private double splitWidth() {
        return split.getWidth() - split.getInsets().getLeft() - split.getInsets().getRight();
    }

    /** Whether the pointer is on one of the window's own dividers, not on one inside a pane. */
    private boolean isDivider(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider") && n.getParent() == split) {
                return true;
            }
        }
        return false;
    }

    /** Stops background work; the store is closed by whoever opened it. */
    void close() {
        // What is typed in the field with the keyboard is kept, as if the operator had pressed Enter.
        fields.commitFocused();
        closed.set(true);
        if (watch != null) {
            watch.stop();
        }
        sharing.close();
        stopBatches();
        pagesThread.shutdownNow();
        readerThread.shutdownNow();
        zonesThread.shutdownNow();
        masksThread.shutdownNow();
        sharingThread.shutdown();
        // The last correction or validation is written before the store closes, and settings just confirmed
        // reach the keyring and the preferences.
        keyringThread.shutdown();
        storeThread.shutdown();
        try {
            storeThread.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            keyringThread.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs tasks until the window closes; after that, late callbacks find nothing to do. */
    private Executor whileOpen(ExecutorService service) {
        return task -> {
            if (!closed.get()) {
                service.execute(task);
            }
        };
    }

    // The keyboard

    private void shortcut(KeyEvent event) {
        for (Shortcut shortcut : Shortcut.values()) {
            if (shortcut == Shortcut.QUEUE_TAB && shortcut.matches(event)) {
                // Alt+1 … Alt+5: the queue's tabs in the order they stand.
                int index = shortcut.combinations().indexOf(shortcut.combinations().stream().filter(c -> c.match(event)).findFirst().orElseThrow());
                queue.tabProperty().set(QueueViewModel.Tab.values()[index]);
                event.consume();
                return;
            }
            if (shortcut.scope() == Shortcut.Scope.WINDOW && shortcut.matches(event) && act(shortcut)) {
                event.consume();
                return;
            }
        }
    }

    /** Does what the shortcut says; false when the key is left to the focused control. */
    private boolean act(Shortcut shortcut) {
        switch (shortcut) {
            case VALIDATE -> validateAndNext();
            case REJECT -> rejectAndNext();
            case NEXT_INVOICE -> queue.nextToVerify(shown.get()).ifPresent(i -> show(i.id()));
            case PREVIOUS_INVOICE -> queue.previousToVerify(shown.get()).ifPresent(i -> show(i.id()));
            case UNDO, REDO -> {
                if (editing()) {
                    return false;
                }
                if (shortcut == Shortcut.UNDO) {
                    invoice.undo();
                } else {
                    invoice.redo();
                }
            }
            case SEARCH -> queuePane.search().requestFocus();
            case OPEN -> openFiles();
            case OPEN_FOLDER -> openFolder();
            case ZOOM_IN -> viewer.zoomIn();
            case ZOOM_OUT -> viewer.zoomOut();
            case FIT_WIDTH -> viewer.fitWidth();
            case FIT_PAGE -> viewer.fitPage();
            case ROTATE -> turnPage();
            case NEXT_PAGE -> thumbnails.setSelectedPage(currentPage() + 1);
            case PREVIOUS_PAGE -> thumbnails.setSelectedPage(currentPage() - 1);
            case DRAW_ZONE -> viewer.setDrawing(!viewer.isDrawing());
            case MASKS -> openMasks();
            case REGISTERS -> openRegisters();
            case GO_TO_PAGE -> viewer.requestFocus();
            case GO_TO_FIELDS -> fields.focusFirst();
            case HELP -> Dialogs.shortcuts(window(), messages);
            case SETTINGS -> settings();
            default -> {
                // Enter, Tab, Escape and F4 belong to the field that has the keyboard.
                return false;
            }
        }
        return true;
    }

    /** Whether the operator is typing a value not yet confirmed: undo is then the text field's own. */
    private boolean editing() {
        if (fields.hasFocus()) {
            return fields.typingInFocused();
        }
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        return focused instanceof TextInputControl;
    }

    // Moving through the queue

    private void refreshQueue() {
        CompletableFuture.supplyAsync(() -> {
            // Read before the queue, so that a change made in between is seen at the next look.
            long version = workspace.verification().changesByOthers();
            return java.util.Map.entry(version, workspace.verification().queue());
        }, store).thenAcceptAsync(read -> {
            seenVersion = read.getKey();
            List<QueueItem> items = read.getValue();
            queue.show(items);
            queuePane.select(shown.get());
            updatePosition();
            if (shown.get() == 0 && requested.get() == 0) {
                queue.nextToVerify(0).ifPresentOrElse(first -> show(first.id()), () -> {
                    if (queue.isEmpty()) {
                        queuePane.focusOpen();
                    }
                });
            }
        }, Platform::runLater).exceptionally(this::sayFailed);
    }

    /**
     * Shows an invoice: at once when it was prepared ahead, and prepares the next ones. What is typed in
     * a field goes to the invoice first; an entry that is refused keeps the operator on it.
     */
    void show(long id) {
        if (id == shown.get() || id == requested.get()) {
            // Shown already, or on its way: the list selecting it again must not open it twice.
            return;
        }
        requested.set(id);
        fields.commitFocused().thenAcceptAsync(taken -> {
            requested.compareAndSet(id, 0);
            if (taken) {
                open(id);
            } else {
                queuePane.select(shown.get());
            }
        }, Platform::runLater);
    }

    private void open(long id) {
        long before = shown.getAndSet(id);
        if (before != 0) {
            loader.changed(before);
        }
        queuePane.select(id);
        CompletableFuture<InvoiceLoader.Prepared> loading = loader.load(id);
        if (loading.isDone() && !loading.isCompletedExceptionally()) {
            // Prepared ahead: on screen within this very pulse.
            display(loading.join());
        } else {
            // Until it is read, the form shows nothing, so nothing typed can land on the invoice before.
            pageImages = List.of();
            pageTurns = new HashMap<>();
            invoice.show(null);
            thumbnails.getPages().clear();
            showPage(0);
            loading.thenAcceptAsync(prepared -> {
                if (shown.get() == id) {
                    display(prepared);
                }
            }, Platform::runLater).exceptionally(this::sayFailed);
        }
        QueueItem after = queue.find(id).orElse(null);
        for (int i = 0; i < PREPARED_AHEAD && after != null; i++) {
            after = queue.nextToVerify(after.id()).orElse(null);
            if (after != null) {
                loader.prepareAhead(after.id());
            }
        }
    }

    private void display(InvoiceLoader.Prepared prepared) {
        pageImages = prepared.pages();
        pageTurns = new HashMap<>(prepared.turns());
        invoice.show(prepared.invoice());
        thumbnails.getPages().setAll(prepared.pages());
        thumbnails.setSelectedPage(prepared.pages().isEmpty() ? 0 : 1);
        showPage(1);
        showBanner(prepared.invoice());
        if (prepared.invoice().open()) {
            sharing.opened(prepared.invoice().id());
        } else {
            sharing.left();
        }
        updatePosition();
        if (prepared.invoice().open() && !queuePane.list().isFocused()) {
            // Browsing the list with the arrows keeps the keyboard in the list.
            fields.focusFirst();
        }
        displayed.set(prepared.invoice().id());
    }

    private void showPage(int page) {
        viewer.showPage(pageImage(page), pageTurns.getOrDefault(page, 0));
        ZoneViewModel.Drawn drawn = zone.drawn();
        viewer.setZone(drawn != null && drawn.page() == page ? drawn.box() : null);
        drawBoxes();
    }

    /**
     * Turns the page shown a quarter clockwise, that page only: it is shown so whenever the invoice is
     * opened again, here or after a restart, while its other pages and other invoices stay as they are.
     */
    private void turnPage() {
        viewer.rotate(1);
        Invoice on = invoice.invoice();
        int page = currentPage();
        if (on == null || on.id() != shown.get() || pageImage(page) == null) {
            return;
        }
        int turns = viewer.getQuarterTurns();
        pageTurns.put(page, turns);
        fields.pageTurned();
        long id = on.id();
        // On the store's thread, before the invoice is read again when the operator comes back to it.
        CompletableFuture.runAsync(() -> workspace.verification().turnPage(id, page, turns), store).exceptionally(this::sayFailed);
    }

    /** How far a page of the invoice shown is shown turned, by number from 1, in quarter turns clockwise. */
    private int turnsOf(int page) {
        return pageTurns.getOrDefault(page, 0);
    }

    /** The picture of a page of the invoice shown, by number from 1, or null. */
    private Image pageImage(int page) {
        return page >= 1 && page <= pageImages.size() ? pageImages.get(page - 1) : null;
    }

    // Zones drawn on the page

    /** Reads the zone the operator drew, for the field they are on, in the panel above the fields. */
    private void zoneDrawn(Box box) {
        Invoice on = invoice.invoice();
        if (on == null || on.id() != shown.get()) {
            viewer.setZone(null);
            return;
        }
        zone.open(on, currentPage(), box, ZoneViewModel.fieldFor(invoice, currentPage(), box));
        zonePanel.focus();
    }

    /** A double click reads the word under the pointer, as if its box had been drawn. */
    private void wordAsked(Point2D point) {
        Invoice on = invoice.invoice();
        if (on == null) {
            return;
        }
        ZoneViewModel.wordAt(on, currentPage(), point.getX(), point.getY()).ifPresent(word -> {
            viewer.setZone(word);
            zoneDrawn(word);
        });
    }

    /** When the panel closes, the zone leaves the page and the keyboard goes back to the field the zone was for. */
    private void zoneClosedOrMoved(ZoneViewModel.Drawn now) {
        if (now != null) {
            return;
        }
        viewer.setZone(null);
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        Optional<FieldKey> key = Optional.ofNullable(zone.fieldProperty().get()).flatMap(FieldKey::fromKey);
        if (key.isPresent() && (focused == null || isInside(focused, zonePanel.root()))) {
            fields.input(key.get()).requestFocus();
        }
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private int currentPage() {
        return Math.max(1, thumbnails.getSelectedPage());
    }

    private void drawBoxes() {
        int page = currentPage();
        List<FieldBox> boxes = new ArrayList<>();
        for (FieldRow row : invoice.rows()) {
            if (row.box() != null && row.page() == page && row.state() != FieldState.MISSING) {
                boxes.add(new FieldBox(row.key().key(), row.box(), switch (row.state()) {
                    case SURE, CONFIRMED -> BoxState.SURE;
                    case FAILED -> BoxState.FAILED;
                    case CORRECTED -> BoxState.CORRECTED;
                    case UNCERTAIN, MISSING -> BoxState.UNCERTAIN;
                }));
            }
        }
        viewer.getBoxes().setAll(boxes);
        FieldKey current = invoice.currentProperty().get();
        viewer.setHighlighted(current == null ? null : current.key());
    }

    /** Shows the page of the field the operator is on, and its box. */
    private void followField(FieldKey key) {
        if (key == null) {
            viewer.setHighlighted(null);
            return;
        }
        invoice.row(key).filter(r -> r.page() > 0 && r.page() != currentPage()).ifPresent(r -> thumbnails.setSelectedPage(r.page()));
        viewer.setHighlighted(key.key());
    }

    private void showBanner(Invoice shownInvoice) {
        Optional<QueueItem> item = queue.find(shownInvoice.id());
        String text = "";
        banner.getStyleClass().removeAll(Styles.WARNING, Styles.DANGER, Styles.SUCCESS);
        if (!shownInvoice.open()) {
            text = messages.get("invoice.closed", messages.get("status." + shownInvoice.status().name()),
                    shownInvoice.statusReason() == null ? "" : shownInvoice.statusReason());
            banner.getStyleClass().add(shownInvoice.status() == io.verifact.model.InvoiceStatus.VERIFIED ? Styles.SUCCESS : Styles.DANGER);
        } else if (item.isPresent() && item.get().receivedAgain()) {
            text = messages.get("invoice.received.again");
            banner.getStyleClass().add(Styles.WARNING);
        } else if (item.isPresent() && item.get().repeatsAnother()) {
            text = messages.get("invoice.duplicate", queue.find(item.get().duplicateOf()).map(QueueItem::fileName).orElse(""));
            banner.getStyleClass().add(Styles.WARNING);
        }
        banner.setText(text.strip().replaceAll(":$", ""));
        banner.setVisible(!text.isBlank());
        compare.setVisible(item.isPresent() && item.get().duplicate());
        validate.setDisable(!shownInvoice.open());
        reject.setDisable(!shownInvoice.open());
    }

    /**
     * The duplicate shown beside the first one received, each under a caption that says which is which,
     * where it stands and when it came; the very same file received again is shown beside itself, with
     * where each copy came from.
     */
    private void compareWithFirst() {
        Optional<QueueItem> item = queue.find(shown.get());
        if (item.isEmpty() || !item.get().duplicate()) {
            return;
        }
        QueueItem again = item.get();
        List<Image> pages = pageImages;
        Map<Integer, Integer> turns = Map.copyOf(pageTurns);
        if (again.receivedAgain()) {
            CompletableFuture.supplyAsync(() -> workspace.verification().arrivals(again.id()), store).thenAcceptAsync(arrivals -> {
                // A copy shared from a colleague's workstation may have come in nowhere here: the file then speaks for both.
                String first = arrivals.isEmpty() ? described(again) : arrived(arrivals.getFirst(), again);
                String last = arrivals.isEmpty() ? described(again) : arrived(arrivals.getLast(), again);
                SideBySide.show(window(), messages,
                        new SideBySide.Side(messages.get("compare.first"), first, pages, turns),
                        new SideBySide.Side(messages.get("compare.again"), last, pages, turns));
            }, Platform::runLater).exceptionally(this::sayFailed);
            return;
        }
        SideBySide.Side shownSide = new SideBySide.Side(messages.get("compare.this"), described(again), pages, turns);
        loader.load(again.duplicateOf()).thenAcceptAsync(original -> SideBySide.show(window(), messages,
                new SideBySide.Side(messages.get("compare.first"), queue.find(original.invoice().id()).map(this::described)
                        .orElse(original.invoice().fileName()), original.pages(), original.turns()),
                shownSide), Platform::runLater).exceptionally(this::sayFailed);
    }

    /** An invoice's file, where it stands and when it came in. */
    private String described(QueueItem item) {
        return messages.get("compare.detail", item.fileName(), messages.get("status." + item.status().name()), when(item.capturedAt()));
    }

    /** One arrival of a file received more than once: its name, where it stands, when and where from. */
    private String arrived(Arrival arrival, QueueItem item) {
        return messages.get("compare.detail.origin", arrival.fileName(), messages.get("status." + item.status().name()),
                when(arrival.at()), arrival.origin());
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault()).format(at);
    }

    private void updatePosition() {
        long id = shown.get();
        position.setText(id == 0 ? messages.get("bar.none")
                : queue.position(id).map(p -> messages.get("bar.position", p.at(), p.of()))
                .orElse(queue.find(id).map(QueueItem::fileName).orElse("")));
    }

    // Deciding

    private void validateAndNext() {
        if (invoice.invoice() == null || !invoice.invoice().open() || invoice.invoice().id() != shown.get()) {
            return;
        }
        Invoice on = invoice.invoice();
        fields.commitFocused().thenAcceptAsync(taken -> {
            // A refused entry stays in its field with its reason; the invoice is not validated over it.
            if (taken && invoice.invoice() != null && invoice.invoice().id() == on.id()) {
                validate(on);
            }
        }, Platform::runLater);
    }

    private void validate(Invoice on) {
        io.verifact.workflow.Holding by = sharing.holderProperty().get();
        if (by != null && !Dialogs.confirm(window(), messages.get("dialog.held.title"),
                messages.get("dialog.held.header", sharing.heldText(by)))) {
            return;
        }
        invoice.validate(null).thenAcceptAsync(decision -> {
            if (decision instanceof Decision.Blocked blocked) {
                String failed = String.join("\n", blocked.failed().stream().map(c -> "• " + invoice.describe(c)).distinct().toList());
                Dialogs.reason(window(), messages.get("dialog.override.title"),
                        messages.get("dialog.override.header", blocked.failed().size(), failed),
                        messages.get("dialog.override.prompt"))
                        .ifPresent(reason -> invoice.validate(reason).thenAcceptAsync(d -> decided(on, "bar.validated"), Platform::runLater));
            } else {
                decided(on, "bar.validated");
            }
        }, Platform::runLater).exceptionally(this::sayFailed);
    }

    private void rejectAndNext() {
        if (invoice.invoice() == null || !invoice.invoice().open() || invoice.invoice().id() != shown.get()) {
            return;
        }
        Invoice on = invoice.invoice();
        Dialogs.reason(window(), messages.get("dialog.reject.title"), messages.get("dialog.reject.header", on.fileName()),
                messages.get("dialog.reject.prompt"))
                .ifPresent(reason -> invoice.reject(reason).thenRunAsync(() -> decided(on, "bar.rejected"), Platform::runLater));
    }

    private void decided(Invoice on, String what) {
        say(messages.get(what, on.fileName()), false);
        sharing.left();
        loader.changed(on.id());
        Optional<QueueItem> next = queue.nextToVerify(on.id());
        CompletableFuture.supplyAsync(workspace.verification()::queue, store).thenAcceptAsync(items -> {
            queue.show(items);
            Optional<QueueItem> after = next.filter(n -> queue.find(n.id()).filter(QueueItem::toVerify).isPresent())
                    .or(() -> queue.nextToVerify(0));
            if (after.isPresent()) {
                show(after.get().id());
            } else {
                say(messages.get("bar.all.done"), false);
                long id = on.id();
                shown.set(0);
                show(id);
            }
        }, Platform::runLater).exceptionally(this::sayFailed);
    }

    // Getting invoices in

    private void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ingest.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ingest.filter"),
                "*.pdf", "*.PDF", "*.png", "*.PNG", "*.jpg", "*.jpeg", "*.JPG", "*.tif", "*.tiff", "*.TIF"));
        lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null && !chosen.isEmpty()) {
            take(chosen.stream().map(File::toPath).toList());
        }
    }

    /** A whole folder at once, its subfolders included, as a scanner or a mailbox leaves them. */
    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("ingest.folder.title"));
        lastFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            take(List.of(chosen.toPath()));
        }
    }

    /** The folder the operator opened from last, where the next dialog starts. */
    private Optional<Path> lastFolder() {
        return preferences.recent().stream().map(p -> Files.isDirectory(p) ? p : p.getParent())
                .filter(p -> p != null && Files.isDirectory(p)).findFirst();
    }

    /** The suppliers' masks, in a window over this one. */
    private void openMasks() {
        MasksDialog.show(window(), messages, new MasksViewModel(workspace.teaching(), workspace.verification(), masks, Platform::runLater));
    }

    /** The suppliers and the client files, in a window over this one; the invoice shown is read again once it closes. */
    private void openRegisters() {
        closingReidentifies(RegistersDialog.show(window(), messages, registersModel()));
    }

    /**
     * The invoice's supplier is not in the register: the registers open on a new supplier filled from
     * what the invoice shows, which, once saved, is the invoice's supplier.
     */
    private void createSupplier() {
        long shown = invoice.invoice() == null ? -1 : invoice.invoice().id();
        invoice.proposeSupplier().thenAccept(proposal -> {
            if (invoice.invoice() == null || invoice.invoice().id() != shown) {
                return;
            }
            SupplierProposal filled = proposal.orElseGet(() -> new SupplierProposal(
                    new io.verifact.model.Supplier("", "", List.of()), Optional.empty()));
            closingReidentifies(RegistersDialog.propose(window(), messages, registersModel(), filled,
                    created -> invoice.chooseSupplier(created.id())));
        });
    }

    private RegistersViewModel registersModel() {
        return new RegistersViewModel(workspace.registers(), messages, store, Platform::runLater);
    }

    /** Once the registers close, the invoice shown is shown again: its supplier's name or id may have changed. */
    private void closingReidentifies(RegistersDialog dialog) {
        dialog.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            if (invoice.invoice() != null) {
                invoice.show(invoice.invoice());
            }
        });
    }

    /** The settings, once the keyring said whether it keeps a password: it may be slow to answer. */
    private void settings() {
        if (settingsOpening) {
            return;
        }
        settingsOpening = true;
        CompletableFuture.supplyAsync(() -> new SharedConnectionViewModel(preferences, keyring, sharing, messages), keyringWork)
                .whenCompleteAsync((shared, failure) -> {
                    settingsOpening = false;
                    if (failure != null) {
                        sayFailed(failure);
                    } else {
                        SettingsDialog.show(window(), messages, preferences, workspace.storeName(), themes, shared, keyringWork);
                    }
                }, Platform::runLater);
    }

    private void openDemo() {
        CompletableFuture.supplyAsync(() -> {
            try {
                return workspace.demo().write();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, reader).whenCompleteAsync((files, failure) -> {
            if (failure != null) {
                say(Failures.reason(failure), true);
            } else {
                // The demo is a tour, not a place the operator works from: it stays out of the recent list.
                read(files);
            }
        }, Platform::runLater);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean has = event.getDragboard().hasFiles();
        if (has) {
            take(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(has);
        event.consume();
    }

    /** Reads what the operator opened, and remembers it as one entry of the recent list. */
    void take(List<Path> inputs) {
        preferences.opened(inputs);
        preferences.save();
        refreshRecent();
        read(inputs);
    }

    /**
     * Reads files in the background, one at a time, showing each in the queue as soon as it is read.
     * Cancel stops the file being read at once; the status bar then says how many were read and how many
     * are left unread, to be read when they are opened again, as the queue says of them.
     */
    private void read(List<Path> inputs) {
        Intake.Stop stop = new Intake.Stop();
        batches.add(stop);
        queue.readingProperty().set(true);
        progress.setVisible(true);
        cancel.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        int[] refused = new int[1];
        CompletableFuture.supplyAsync(() -> {
            try {
                return workspace.intake().take(inputs, new Intake.Progress() {
                    @Override
                    public void reading(Path file, int done, int total) {
                        Platform.runLater(() -> {
                            progress.setProgress(total == 0 ? 0 : (double) done / total);
                            say(messages.get("bar.reading", file.getFileName(), done + 1, total), false);
                        });
                    }

                    @Override
                    public void read(Ingest.Report report, int done, int total) {
                        if (report.result() == Ingest.Result.QUARANTINED) {
                            refused[0]++;
                        }
                        Platform.runLater(WorkstationView.this::refreshQueue);
                    }
                }, stop);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, reader).whenCompleteAsync((batch, failure) -> {
            batches.remove(stop);
            queue.readingProperty().set(!batches.isEmpty());
            progress.setVisible(!batches.isEmpty());
            cancel.setVisible(!batches.isEmpty());
            int read = batch == null ? 0 : batch.reports().size() - refused[0];
            if (failure != null) {
                say(messages.get("ingest.failed", inputs.size() == 1 ? inputs.getFirst().getFileName() : inputs.size(),
                        Failures.reason(failure)), true);
            } else if (batch.stopped()) {
                say(messages.get("bar.stopped", read, refused[0], batch.unread()), refused[0] > 0);
            } else {
                say(messages.get("bar.read", read, refused[0]), refused[0] > 0);
            }
            refreshQueue();
        }, Platform::runLater);
    }

    /** Stops the batches of files being read: the file being read is left unread, as are those not begun. */
    private void stopBatches() {
        batches.forEach(Intake.Stop::stop);
    }

    // Building the window

    private Node header(Image icon) {
        ImageView mark = new ImageView(icon);
        mark.setFitWidth(28);
        mark.setFitHeight(28);
        mark.setSmooth(true);
        Label name = new Label(messages.get("app.name"));
        name.setId(APP_NAME_ID);
        name.getStyleClass().add(Styles.TITLE_4);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId(QUEUE_SUMMARY_ID);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(queue.summaryProperty());
        open.setId(OPEN_ID);
        open.setText(messages.get("action.open"));
        open.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        open.setTooltip(new Tooltip(Shortcut.OPEN.displayText()));
        open.setFocusTraversable(false);
        open.setOnAction(e -> openFiles());
        refreshRecent();
        Button maskList = toolButton(messages.get("action.masks"), Shortcut.MASKS, this::openMasks);
        maskList.setId(MASKS_ID);
        Button registers = toolButton(messages.get("action.registers"), Shortcut.REGISTERS, this::openRegisters);
        registers.setId(REGISTERS_ID);
        Button settings = toolButton(messages.get("action.settings"), Shortcut.SETTINGS, this::settings);
        settings.setId("settings");
        Button help = toolButton(messages.get("action.help"), Shortcut.HELP, () -> Dialogs.shortcuts(window(), messages));
        HBox header = new HBox(10, mark, name, spring, summary, new Separator(Orientation.VERTICAL), open, maskList, registers, settings, help);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** A whole folder, then the files and folders opened lately, one click away under the Open button. */
    private void refreshRecent() {
        // No accelerator on the item: the scene's keymap already answers its key, and the item's would fire it twice.
        MenuItem folder = new MenuItem(messages.get("action.open.folder"));
        folder.setId(OPEN_FOLDER_ID);
        folder.setOnAction(e -> openFolder());
        List<MenuItem> items = new ArrayList<>(List.of(folder));
        List<Path> recent = preferences.recent();
        if (!recent.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        recent.forEach(path -> {
            MenuItem item = new MenuItem(path.toString());
            item.getStyleClass().add(RECENT_STYLE);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> take(List.of(path)));
            items.add(item);
        });
        open.getItems().setAll(items);
    }

    private static Button toolButton(String text, Shortcut shortcut, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(shortcut.displayText()));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node centre() {
        viewer.setId(VIEWER_ID);
        banner.setId(BANNER_ID);
        banner.getStyleClass().add("invoice-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);
        compare.setText(messages.get("action.compare"));
        compare.getStyleClass().add(Styles.SMALL);
        compare.managedProperty().bind(compare.visibleProperty());
        compare.setVisible(false);
        compare.setOnAction(e -> compareWithFirst());
        sharingBanner.setId(SHARING_BANNER_ID);
        sharingBanner.getStyleClass().addAll("invoice-banner", Styles.WARNING);
        sharingBanner.setWrapText(true);
        sharingBanner.setMinHeight(Region.USE_PREF_SIZE);
        sharingBanner.setMaxWidth(Double.MAX_VALUE);
        sharingBanner.textProperty().bind(sharing.bannerProperty());
        sharingBanner.visibleProperty().bind(sharing.bannerProperty().isNotEmpty());
        sharingBanner.managedProperty().bind(sharingBanner.visibleProperty());
        HBox.setHgrow(banner, Priority.ALWAYS);
        HBox bannerBar = new HBox(8, banner, compare);
        bannerBar.setAlignment(Pos.CENTER_LEFT);
        bannerBar.managedProperty().bind(banner.visibleProperty());
        bannerBar.visibleProperty().bind(banner.visibleProperty());

        ToggleButton draw = new ToggleButton(messages.get("action.draw.zone"));
        draw.setId(DRAW_ZONE_ID);
        draw.getStyleClass().addAll(Styles.SMALL);
        draw.setTooltip(new Tooltip(Shortcut.DRAW_ZONE.displayText() + " · " + messages.get("key.draw.zone")));
        draw.setFocusTraversable(false);
        draw.selectedProperty().bindBidirectional(viewer.drawingProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        // A tool bar: in a narrow window the buttons that do not fit go under its overflow arrow, whole.
        draw.setMinWidth(Region.USE_PREF_SIZE);
        ToolBar tools = new ToolBar(draw, spring,
                toolButton("−", Shortcut.ZOOM_OUT, viewer::zoomOut),
                toolButton("+", Shortcut.ZOOM_IN, viewer::zoomIn),
                toolButton(messages.get("action.fit.width"), Shortcut.FIT_WIDTH, viewer::fitWidth),
                toolButton(messages.get("action.fit.page"), Shortcut.FIT_PAGE, viewer::fitPage),
                toolButton(messages.get("action.rotate"), Shortcut.ROTATE, this::turnPage));
        tools.getStyleClass().add("viewer-tools");

        Label nothing = new Label(messages.get("invoice.none"));
        nothing.getStyleClass().add(Styles.TEXT_MUTED);
        nothing.visibleProperty().bind(viewer.imageProperty().isNull());
        nothing.setMouseTransparent(true);
        StackPane page = new StackPane(viewer, nothing);
        VBox.setVgrow(page, Priority.ALWAYS);
        HBox pageAndThumbnails = new HBox(thumbnails, page);
        HBox.setHgrow(page, Priority.ALWAYS);
        VBox.setVgrow(pageAndThumbnails, Priority.ALWAYS);
        VBox centre = new VBox(sharingBanner, bannerBar, tools, pageAndThumbnails);
        centre.getStyleClass().add("centre");
        return centre;
    }

    private Node right() {
        validate.setId(VALIDATE_ID);
        validate.setText(messages.get("action.validate"));
        validate.setTooltip(new Tooltip(Shortcut.VALIDATE.displayText()));
        validate.getStyleClass().add(Styles.SUCCESS);
        validate.setDefaultButton(false);
        validate.setDisable(true);
        reject.setDisable(true);
        validate.setMaxWidth(Double.MAX_VALUE);
        validate.setOnAction(e -> validateAndNext());
        reject.setId(REJECT_ID);
        reject.setText(messages.get("action.reject"));
        reject.setTooltip(new Tooltip(Shortcut.REJECT.displayText()));
        reject.getStyleClass().add(Styles.DANGER);
        reject.setOnAction(e -> rejectAndNext());
        HBox.setHgrow(validate, Priority.ALWAYS);
        HBox actions = new HBox(8, validate, reject);
        actions.getStyleClass().add("decision-bar");
        BorderPane right = new BorderPane(fields.root());
        right.setTop(zonePanel.root());
        right.setBottom(actions);
        right.getStyleClass().add("right");
        // The form's names, values and the supplier's buttons side by side: narrower, they would be cut off.
        right.setMinWidth(330);
        return right;
    }

    private Node statusBar() {
        position.setId(POSITION_ID);
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        progress.setPrefWidth(160);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.setId(CANCEL_ID);
        cancel.setText(messages.get("bar.cancel"));
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setVisible(false);
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> stopBatches());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        // The store's file by its name; where it lives is in its tooltip and in the settings.
        String store = workspace.storeName();
        Label storeName = new Label(messages.get("bar.store", store.substring(Math.max(store.lastIndexOf('/'), store.lastIndexOf('\\')) + 1)));
        storeName.setTooltip(new Tooltip(workspace.storeName()));
        storeName.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // A long store path gives way first: where the operator stands and what happened stay readable.
        storeName.setMinWidth(0);
        position.setMinWidth(Region.USE_PREF_SIZE);
        sharingStatus.setId(SHARING_STATUS_ID);
        sharingStatus.getStyleClass().addAll(Styles.TEXT_SMALL, "sharing-status");
        sharingStatus.textProperty().bind(sharing.statusProperty());
        sharingStatus.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip sharingDetail = new Tooltip();
        sharingDetail.textProperty().bind(sharing.detailProperty());
        sharingDetail.setWrapText(true);
        sharingDetail.setMaxWidth(480);
        sharingStatus.setTooltip(sharingDetail);
        sharing.stateProperty().addListener((obs, was, now) -> styleSharing(now.link()));
        styleSharing(sharing.stateProperty().get().link());
        HBox bar = new HBox(12, position, new Separator(Orientation.VERTICAL), message, spring, progress, cancel, storeName,
                new Separator(Orientation.VERTICAL), sharingStatus);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        say(messages.get("bar.ready"), false);
        return bar;
    }

    /** Online is quiet, offline is a warning, on its own is muted. */
    private void styleSharing(io.verifact.workflow.SharingState.Link link) {
        sharingStatus.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.WARNING, Styles.SUCCESS);
        sharingStatus.getStyleClass().add(switch (link) {
            case ONLINE -> Styles.SUCCESS;
            case OFFLINE -> Styles.WARNING;
            case LOCAL_ONLY, CONNECTING -> Styles.TEXT_MUTED;
        });
    }

    /** Says in the status bar why background work failed; from any thread, for a future's {@code exceptionally}. */
    private Void sayFailed(Throwable failure) {
        Platform.runLater(() -> say(Failures.reason(failure), true));
        return null;
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        message.getStyleClass().add(problem ? Styles.DANGER : Styles.TEXT_MUTED);
    }

    private static Node pad(Node node) {
        StackPane box = new StackPane(node);
        box.setPadding(new Insets(10));
        box.setMinWidth(240);
        return box;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
