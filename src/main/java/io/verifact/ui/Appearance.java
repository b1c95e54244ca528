package io.verifact.ui;

import javafx.application.ColorScheme;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Whether the workstation is dark: as the operator chose, or, while they leave it to the system, as the
 * system says now, following it when it turns light or dark during the day.
 */
final class Appearance {

    private final ObservableValue<ColorScheme> system;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final InvalidationListener follow = o -> update();
    private WorkstationApp.Theme chosen;

    /**
     * @param system the system's light or dark setting, such as {@code Platform.getPreferences().colorSchemeProperty()}
     */
    Appearance(ObservableValue<ColorScheme> system, WorkstationApp.Theme chosen) {
        this.system = system;
        choose(chosen);
    }

    /** The operator's choice; choosing the system's follows it from now on, choosing light or dark stops following. */
    void choose(WorkstationApp.Theme theme) {
        system.removeListener(follow);
        chosen = theme;
        if (theme == WorkstationApp.Theme.SYSTEM) {
            system.addListener(follow);
        }
        update();
    }

    ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    boolean isDark() {
        return dark.get();
    }

    /** Stops following the system, whose setting outlives the window. */
    void close() {
        system.removeListener(follow);
    }

    private void update() {
        dark.set(switch (chosen) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> system.getValue() == ColorScheme.DARK;
        });
    }
}
