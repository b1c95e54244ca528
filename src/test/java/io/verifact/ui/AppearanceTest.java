package io.verifact.ui;

import javafx.application.ColorScheme;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Light or dark, as the operator chose or as the system says, worked out without a display. */
class AppearanceTest {

    private final SimpleObjectProperty<ColorScheme> system = new SimpleObjectProperty<>(ColorScheme.LIGHT);

    @Test
    void leftToTheSystemTheWorkstationTurnsDarkAndLightAgainWhenTheSystemDoes() {
        Appearance appearance = new Appearance(system, WorkstationApp.Theme.SYSTEM);
        assertThat(appearance.isDark()).isFalse();

        system.set(ColorScheme.DARK);
        assertThat(appearance.isDark()).isTrue();

        system.set(ColorScheme.LIGHT);
        assertThat(appearance.isDark()).isFalse();
    }

    @Test
    void aThemeTheOperatorChoseStaysWhateverTheSystemDoes() {
        Appearance appearance = new Appearance(system, WorkstationApp.Theme.LIGHT);

        system.set(ColorScheme.DARK);

        assertThat(appearance.isDark()).isFalse();
    }

    @Test
    void choosingTheSystemsThemeFollowsItAtOnceAndFromThenOn() {
        system.set(ColorScheme.DARK);
        Appearance appearance = new Appearance(system, WorkstationApp.Theme.LIGHT);

        appearance.choose(WorkstationApp.Theme.SYSTEM);
        assertThat(appearance.isDark()).isTrue();

        system.set(ColorScheme.LIGHT);
        assertThat(appearance.isDark()).isFalse();
    }

    @Test
    void choosingDarkStopsFollowingTheSystem() {
        Appearance appearance = new Appearance(system, WorkstationApp.Theme.SYSTEM);

        appearance.choose(WorkstationApp.Theme.DARK);
        system.set(ColorScheme.DARK);
        system.set(ColorScheme.LIGHT);

        assertThat(appearance.isDark()).isTrue();
    }

    @Test
    void aClosedWindowNoLongerFollowsTheSystem() {
        Appearance appearance = new Appearance(system, WorkstationApp.Theme.SYSTEM);

        appearance.close();
        system.set(ColorScheme.DARK);

        assertThat(appearance.isDark()).isFalse();
    }
}
