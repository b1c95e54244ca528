package io.verifact.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;

import java.util.Optional;

/**
 * Where a window stands and how big it is while it is neither maximised, minimised nor full screen: the
 * size the operator chose, which a maximised window no longer shows but goes back to.
 */
final class NormalPlace {

    private final Stage stage;
    private WorkstationPreferences.Place place;

    /**
     * @param known the place the window was given at start, or null; kept while the window is maximised
     */
    NormalPlace(Stage stage, WorkstationPreferences.Place known) {
        this.stage = stage;
        this.place = known;
        // A window being maximised may report its new size before it says it is maximised: looking once
        // the change is complete keeps the maximised size out.
        InvalidationListener changed = o -> Platform.runLater(this::look);
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
        stage.maximizedProperty().addListener(changed);
        stage.iconifiedProperty().addListener(changed);
        stage.fullScreenProperty().addListener(changed);
    }

    /** Takes the window's place now, when it is an un-maximised one. */
    void look() {
        boolean placed = Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())
                && stage.getWidth() > 0 && stage.getHeight() > 0;
        if (stage.isShowing() && placed && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            place = new WorkstationPreferences.Place(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    /** The last un-maximised place, if the window had one. */
    Optional<WorkstationPreferences.Place> get() {
        return Optional.ofNullable(place);
    }
}
