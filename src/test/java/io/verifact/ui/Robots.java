package io.verifact.ui;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the workstation's tests do as an operator would: wait for the window to get somewhere, click a control. */
final class Robots {

    private Robots() {
    }

    static void waitFor(BooleanSupplier condition) {
        waitFor(10, condition);
    }

    static void waitFor(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there within " + seconds + " seconds", e);
        }
    }

    /**
     * The node a selector names in that window, found on the FX thread: walking a scene from the test's thread may
     * meet a list of children the FX thread is changing, and fail with an index out of bounds.
     */
    @SuppressWarnings("unchecked")
    static <T extends Node> T lookup(Window window, String selector) {
        return (T) (Platform.isFxApplicationThread() ? window.getScene().lookup(selector)
                : WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.getScene().lookup(selector)));
    }

    /**
     * Clicks the control of that id in whichever window shows it, found on the FX thread: a robot's lookup by
     * selector walks the scene from the test's thread and may meet a list of children the FX thread is changing.
     */
    static org.testfx.api.FxRobotInterface click(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node control = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> robot.listTargetWindows().stream()
                .map(w -> w.getScene() == null ? null : w.getScene().lookup("#" + id)).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError("no control #" + id + " on screen")));
        return robot.clickOn(control);
    }
}
