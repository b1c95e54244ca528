package io.verifact.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the workstation remembers between starts, read and written without a display. */
class WorkstationPreferencesTest {

    private final WorkstationPreferences preferences = new WorkstationPreferences(new MemoryPreferences());

    @Test
    void onAFrenchSystemTheWorkstationSpeaksFrenchUntilTheOperatorChoosesOtherwise() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            assertThat(preferences.locale().getLanguage()).isEqualTo("fr");
            assertThat(Messages.forLocale(preferences.locale()).get("queue.empty")).isEqualTo("Aucune facture dans la file");

            preferences.setLanguage("en");

            assertThat(preferences.locale()).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void onADutchSystemTheWorkstationSpeaksDutch() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.of("nl", "BE"));
        try {
            assertThat(preferences.locale().getLanguage()).isEqualTo("nl");
            assertThat(Messages.forLocale(preferences.locale()).get("queue.empty")).isEqualTo("Geen facturen in de wachtrij");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void oneFileOpenedIsRememberedAsThatFile() {
        Path file = Path.of("/invoices/march/dupuis-1.pdf");

        preferences.opened(List.of(file));

        assertThat(preferences.recent()).containsExactly(file);
    }

    @Test
    void severalFilesOfOneFolderAreRememberedAsTheFolder() {
        preferences.opened(IntStream.rangeClosed(1, 12).mapToObj(i -> Path.of("/invoices/march/dupuis-" + i + ".pdf")).toList());

        assertThat(preferences.recent()).containsExactly(Path.of("/invoices/march"));
    }

    @Test
    void aBatchOfManyFilesLeavesThePlacesOpenedBeforeInTheList() {
        preferences.opened(List.of(Path.of("/invoices/february")));
        preferences.opened(List.of(Path.of("/invoices/january/lefort.pdf")));

        preferences.opened(IntStream.rangeClosed(1, 12).mapToObj(i -> Path.of("/invoices/march/dupuis-" + i + ".pdf")).toList());
        preferences.opened(List.of(Path.of("/invoices/february")));

        assertThat(preferences.recent()).containsExactly(Path.of("/invoices/february"), Path.of("/invoices/march"),
                Path.of("/invoices/january/lefort.pdf"));
    }

    @Test
    void filesFromSeveralFoldersAddNoEntryRatherThanAFolderHoldingFarMore() {
        preferences.opened(List.of(Path.of("/invoices/march/dupuis-1.pdf"), Path.of("/scans/lefort-1.pdf")));

        assertThat(preferences.recent()).isEmpty();
    }
}
