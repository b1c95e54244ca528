package io.verifact.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;

import java.util.concurrent.CompletableFuture;

/**
 * The first frame a scene draws from now on, as {@link System#nanoTime()} readings: when its pulse
 * began laying the scene out, when the layout was done, and when the renderer had drawn it. The
 * operator sees a change at that last moment, not when the scene graph takes it.
 *
 * @param pulseStarted when the pulse began its CSS and layout passes
 * @param laidOut when they were done, before the frame was handed to the renderer
 * @param drawn when the renderer had drawn the frame
 */
public record NextFrame(long pulseStarted, long laidOut, long drawn) {

    /**
     * Drawn to learn when the renderer is done: it runs one job after another, and a snapshot waits
     * for its own job, which comes after the frame's.
     */
    private static final Rectangle MARK = new Rectangle(1, 1);

    /** The next frame of the scene, once drawn. Call on the JavaFX thread; the future completes on it. */
    public static CompletableFuture<NextFrame> of(Scene scene) {
        CompletableFuture<NextFrame> frame = new CompletableFuture<>();
        long[] pulseStarted = new long[1];
        Runnable beforeLayout = () -> pulseStarted[0] = System.nanoTime();
        scene.addPreLayoutPulseListener(beforeLayout);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (pulseStarted[0] == 0) {
                    // Asked for in the middle of a pulse: the frame to wait for is the next one.
                    return;
                }
                long laidOut = System.nanoTime();
                scene.removePreLayoutPulseListener(beforeLayout);
                scene.removePostLayoutPulseListener(this);
                // Runs after this pulse has handed its frame to the renderer.
                Platform.runLater(() -> {
                    MARK.snapshot(null, null);
                    frame.complete(new NextFrame(pulseStarted[0], laidOut, System.nanoTime()));
                });
            }
        });
        Platform.requestNextPulse();
        return frame;
    }
}
