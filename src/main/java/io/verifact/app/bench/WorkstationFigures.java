package io.verifact.app.bench;

import io.verifact.ui.NextFrame;
import io.verifact.ui.WorkstationProbe;
import io.verifact.ui.viewer.PageViewer;
import io.verifact.workflow.Workspace;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The workstation's own window, in this JVM, timed as the operator meets it: moving to the next
 * invoice, and zooming and panning a page scanned at 300 dpi. Every wait ends when the frame that
 * shows its result has been drawn, not when the scene graph took it.
 */
public final class WorkstationFigures {

    /** A JavaFX system property, and the value the bench gives it when the command line does not. */
    record FxProperty(String name, String otherwise) {
        String value() {
            return System.getProperty(name, otherwise);
        }
    }

    /** JavaFX's own headless platform: no display needed, nothing shown on the operator's screen. */
    static final FxProperty GLASS_PLATFORM = new FxProperty("glass.platform", "Headless");
    /** The software renderer, the one the headless platform draws with. */
    static final FxProperty PRISM_ORDER = new FxProperty("prism.order", "sw");

    /** The resolution of the page zoomed and panned: what a scanner gives, where the viewer shows 150 dpi renders. */
    static final int ZOOM_DPI = 300;
    /** A wheel notch, and how far one drag event moves the pointer. */
    private static final double NOTCH = 40;
    private static final double DRAG_X = 24;
    private static final double DRAG_Y = 32;
    private static final int ZOOM_STEPS = 5;
    private static final int DRAG_STEPS = 10;
    private static final long WAIT_SECONDS = 60;
    /** How long the operator looks at the zoomed page before panning it again: a moment's reading. */
    private static final Duration REST = Duration.ofMillis(750);

    private final int warmup;
    private final int rounds;
    private final Consumer<String> progress;

    public WorkstationFigures(int warmup, int rounds, Consumer<String> progress) {
        if (warmup < 0 || rounds < 1) {
            throw new IllegalArgumentException("warm-up rounds must be 0 or more and measured rounds 1 or more");
        }
        this.warmup = warmup;
        this.rounds = rounds;
        this.progress = progress;
    }

    /**
     * Starts JavaFX in this JVM, on the headless platform with the software renderer unless
     * {@code -Dglass.platform} and {@code -Dprism.order} say otherwise; nothing happens when it runs already.
     */
    public static void startJavaFx() throws InterruptedException {
        for (FxProperty property : List.of(GLASS_PLATFORM, PRISM_ORDER)) {
            System.setProperty(property.name(), property.value());
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            await(started);
        } catch (IllegalStateException running) {
            // Started already, by an earlier figure or a test.
        }
        Platform.setImplicitExit(false);
    }

    /**
     * Alt+Down, from the key to the next invoice's page and fields drawn. Each round opens a new
     * window on the workspace and goes through its queue; before each key the invoices prepared ahead
     * are ready, as they are once the operator has looked at the page for a moment.
     */
    public Latency nextInvoice(Workspace workspace, int invoices) throws Exception {
        List<Duration> drawn = new ArrayList<>();
        List<Duration> inWindow = new ArrayList<>();
        List<Duration> rendering = new ArrayList<>();
        Stage stage = onFx(Stage::new);
        try {
            for (int round = 0; round < warmup + rounds; round++) {
                List<Move> moves = throughTheQueue(stage, workspace);
                boolean warming = round < warmup;
                Waits these = new Waits("key_to_drawn", "", moves.stream().map(Move::drawn).toList());
                progress.accept("workstation, next invoice, %s: %d moves, median %.1f ms".formatted(
                        which(round), moves.size(), these.median().toNanos() / 1e6));
                if (!warming) {
                    moves.forEach(move -> {
                        drawn.add(move.drawn());
                        inWindow.add(move.inWindow());
                        rendering.add(move.rendering());
                    });
                }
            }
        } finally {
            onFx(() -> {
                stage.hide();
                return null;
            });
        }
        return new Latency("next_invoice", "Workstation, next invoice: Alt+Down to its page and fields drawn", Duration.ofMillis(150),
                Latency.Statistic.MEDIAN,
                new Waits("key_to_drawn", "Alt+Down to the next invoice drawn", drawn),
                List.of(new Waits("key_to_window", "Alt+Down to its page and fields in the window", inWindow),
                        new Waits("rendering", "of which its frame's rendering, layout done to drawn", rendering)),
                List.of("The workstation's window, " + window() + ", on a store of the " + invoices + " born-digital demo invoices "
                                + "(first page shown at 150 dpi, fields read from the text layer). Each round opens a new window and "
                                + "goes through the queue with Alt+Down, fired into the window as a key press.",
                        "Before each key the bench waits until the next invoices are prepared, as the window does ahead while the "
                                + "operator reads a page; a wait ends once the renderer has drawn the frame with the new page and fields."));
    }

    /**
     * Zoom and pan over a page rendered at 300 dpi, in the window's viewer: from each step, a wheel
     * notch with Ctrl or a drag event, to the frame that shows it drawn.
     */
    public Latency zoomAndPan(Workspace workspace) throws Exception {
        Stage stage = onFx(Stage::new);
        WorkstationProbe probe = onFx(() -> WorkstationProbe.open(stage, workspace));
        try {
            await(onFx(probe::firstInvoiceDrawn));
            long invoice = onFx(() -> probe.displayedProperty().get());
            Image page = probe.firstPage(invoice, ZOOM_DPI);
            if (page == null) {
                throw new IllegalStateException("the first demo invoice has no page to show");
            }
            await(onFx(() -> {
                probe.viewer().setImage(page);
                return NextFrame.of(probe.scene());
            }));
            List<Duration> stepToDrawn = new ArrayList<>();
            List<Duration> frameTimes = new ArrayList<>();
            List<Duration> rendering = new ArrayList<>();
            List<Duration> restedPan = new ArrayList<>();
            for (int round = 0; round < warmup + rounds; round++) {
                GestureRound gestures = zoomAndPanOnce(probe);
                List<NextFrameAfter> steps = gestures.steps();
                progress.accept("workstation, zoom and pan, %s: %d steps, p95 frame time %.1f ms".formatted(which(round), steps.size(),
                        new Waits("frame", "", steps.stream().map(NextFrameAfter::frameTime).toList()).percentile(95).toNanos() / 1e6));
                if (round >= warmup) {
                    steps.forEach(step -> {
                        stepToDrawn.add(step.stepToDrawn());
                        frameTimes.add(step.frameTime());
                        rendering.add(step.rendering());
                    });
                    gestures.panAfterRest().forEach(step -> restedPan.add(step.frameTime()));
                }
            }
            return new Latency("zoom_pan", "Workstation, zoom and pan over a " + ZOOM_DPI + " dpi page: frame times", Duration.ofNanos(16_666_667),
                    Latency.Statistic.P95,
                    new Waits("frame_time", "frame time: the step's pulse to its frame drawn", frameTimes),
                    List.of(new Waits("step_to_drawn", "step to its frame drawn (waits for the pulse too)", stepToDrawn),
                            new Waits("rendering", "of the frame, its rendering: layout done to drawn", rendering),
                            new Waits("pan_after_rest", "pan after the zoom rested " + REST.toMillis() + " ms: frame time", restedPan)),
                    List.of("Page 1 of the first demo invoice at " + ZOOM_DPI + " dpi (" + (int) page.getWidth() + " x " + (int) page.getHeight()
                                    + " px) in the window's page viewer, " + window() + ". Each round: " + ZOOM_STEPS + " Ctrl+wheel notches in, "
                                    + DRAG_STEPS + " drag events of " + (int) DRAG_X + " x " + (int) DRAG_Y + " px and " + DRAG_STEPS + " back, "
                                    + ZOOM_STEPS + " notches out, fired at the viewer as mouse events, one frame apart.",
                            "Before the notches out, the bench rests " + REST.toMillis() + " ms, as an operator reads the zoomed page, and "
                                    + "drags the same way again: once the zoom rests the viewer draws a copy of the page made at that "
                                    + "size, pixel for pixel. Those drags are reported on their own line, not in the target's figure.",
                            "Target: one frame at 60 Hz (16.7 ms), for 95 steps in 100. A frame runs from the pulse that takes the step "
                                    + "(CSS and layout) to the renderer done drawing; step to frame drawn adds the wait for that pulse, "
                                    + "which the screen's refresh sets, up to one frame.",
                            "The software renderer draws without a GPU; a desktop's GPU pipeline (-Dprism.order=es2 or d3d, with a display) "
                                    + "draws faster."));
        } finally {
            onFx(() -> {
                probe.close();
                stage.hide();
                return null;
            });
        }
    }

    /** JavaFX's version and the window's platform and renderer, for the machine facts. */
    public static String window() {
        return GLASS_PLATFORM.name() + "=" + GLASS_PLATFORM.value() + ", " + PRISM_ORDER.name() + "=" + PRISM_ORDER.value();
    }

    // Next invoice

    /** One Alt+Down: to the new invoice's page and fields in the window, to their frame drawn, and that frame's rendering. */
    private record Move(Duration inWindow, Duration drawn, Duration rendering) {
    }

    private List<Move> throughTheQueue(Stage stage, Workspace workspace) throws Exception {
        WorkstationProbe probe = onFx(() -> WorkstationProbe.open(stage, workspace));
        try {
            await(onFx(probe::firstInvoiceDrawn));
            List<Move> moves = new ArrayList<>();
            while (true) {
                await(onFx(probe::preparedAhead));
                await(onFx(() -> NextFrame.of(probe.scene())));
                CompletableFuture<Move> move = onFx(() -> pressNext(probe));
                if (move == null) {
                    return moves;
                }
                moves.add(await(move));
            }
        } finally {
            onFx(() -> {
                probe.close();
                return null;
            });
        }
    }

    /** Presses Alt+Down in the window; null when the queue has nothing after the invoice shown. */
    private static CompletableFuture<Move> pressNext(WorkstationProbe probe) {
        OptionalLong next = probe.nextToVerify();
        if (next.isEmpty()) {
            return null;
        }
        CompletableFuture<Move> move = new CompletableFuture<>();
        long pressed = System.nanoTime();
        probe.displayedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> property, Number before, Number now) {
                if (now.longValue() == next.getAsLong()) {
                    long inWindow = System.nanoTime();
                    probe.displayedProperty().removeListener(this);
                    NextFrame.of(probe.scene()).thenAccept(frame -> move.complete(new Move(Duration.ofNanos(inWindow - pressed),
                            Duration.ofNanos(frame.drawn() - pressed), Duration.ofNanos(frame.drawn() - frame.laidOut()))));
                }
            }
        });
        Scene scene = probe.scene();
        Node focused = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, true, false));
        return move;
    }

    // Zoom and pan

    /** One step of a gesture and the frame that showed it. */
    private record NextFrameAfter(long step, NextFrame frame) {
        Duration stepToDrawn() {
            return Duration.ofNanos(frame.drawn() - step);
        }

        Duration frameTime() {
            return Duration.ofNanos(frame.drawn() - frame.pulseStarted());
        }

        Duration rendering() {
            return Duration.ofNanos(frame.drawn() - frame.laidOut());
        }
    }

    /** A round's steps, one frame apart, and the drags made after the zoom rested. */
    private record GestureRound(List<NextFrameAfter> steps, List<NextFrameAfter> panAfterRest) {
    }

    private GestureRound zoomAndPanOnce(WorkstationProbe probe) throws Exception {
        PageViewer viewer = probe.viewer();
        Point2D middle = onFx(() -> viewer.localToScene(viewer.getWidth() / 2, viewer.getHeight() / 2));
        List<NextFrameAfter> steps = new ArrayList<>();
        for (int i = 0; i < ZOOM_STEPS; i++) {
            steps.add(step(probe, wheel(middle, NOTCH)));
        }
        steps.addAll(dragAndBack(probe, middle));
        Thread.sleep(REST);
        List<NextFrameAfter> panAfterRest = dragAndBack(probe, middle);
        for (int i = 0; i < ZOOM_STEPS; i++) {
            steps.add(step(probe, wheel(middle, -NOTCH)));
        }
        return new GestureRound(steps, panAfterRest);
    }

    /** Drags the page from the middle of the viewer and back, one event a frame. */
    private static List<NextFrameAfter> dragAndBack(WorkstationProbe probe, Point2D middle) throws Exception {
        List<NextFrameAfter> steps = new ArrayList<>();
        unmeasured(probe, mouse(MouseEvent.MOUSE_PRESSED, middle, true));
        for (int i = 1; i <= DRAG_STEPS; i++) {
            steps.add(step(probe, mouse(MouseEvent.MOUSE_DRAGGED, middle.add(-DRAG_X * i, -DRAG_Y * i), false)));
        }
        for (int i = DRAG_STEPS - 1; i >= 0; i--) {
            steps.add(step(probe, mouse(MouseEvent.MOUSE_DRAGGED, middle.add(-DRAG_X * i, -DRAG_Y * i), false)));
        }
        unmeasured(probe, mouse(MouseEvent.MOUSE_RELEASED, middle, false));
        return steps;
    }

    private static NextFrameAfter step(WorkstationProbe probe, Event event) throws Exception {
        long[] stepped = new long[1];
        NextFrame frame = await(onFx(() -> {
            stepped[0] = System.nanoTime();
            Event.fireEvent(probe.viewer(), event);
            return NextFrame.of(probe.scene());
        }));
        return new NextFrameAfter(stepped[0], frame);
    }

    private static void unmeasured(WorkstationProbe probe, Event event) throws Exception {
        step(probe, event);
    }

    /** A wheel notch with Ctrl held, which zooms at the pointer. */
    private static ScrollEvent wheel(Point2D at, double delta) {
        return new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(), false, true, false, false, false, false,
                0, delta, 0, delta, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    /** The primary button pressed, dragged to a point, or released. */
    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Point2D at, boolean still) {
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        return new MouseEvent(type, at.getX(), at.getY(), at.getX(), at.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, false, false, still, null);
    }

    // Rounds and threads

    /** The round's name in the progress lines: warm-up 1/1, round 2/3. */
    String which(int round) {
        return round < warmup ? "warm-up " + (round + 1) + "/" + warmup : "round " + (round - warmup + 1) + "/" + rounds;
    }

    /** Runs the work on the JavaFX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return await(result);
    }

    static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window did not answer within " + WAIT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the window failed: %s", e.getCause()), e.getCause());
        }
    }
}
