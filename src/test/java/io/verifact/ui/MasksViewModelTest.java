package io.verifact.ui;

import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.model.Zone;
import io.verifact.workflow.Invoice;
import io.verifact.workflow.Teaching;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The masks' model on a real local store, without a display: a supplier's mask taught on two fields of
 * its first invoice, and a second invoice of the same supplier to try changes on.
 */
class MasksViewModelTest {

    @TempDir
    Path folder;

    private TestDesk desk;
    private MasksViewModel model;

    @BeforeEach
    void open() throws IOException {
        desk = new TestDesk(folder, List::of);
        desk.take(desk.invoice("dupuis-1.pdf", "Dupuis", "FA-1", "120,00"), desk.invoice("dupuis-2.pdf", "Dupuis", "FA-2", "120,00"));
        long first = desk.verification.queue().getFirst().id();
        Invoice read = desk.verification.open(first);
        Teaching.Invoice taught = desk.teaching.invoice(first).orElseThrow();
        desk.teaching.teach(taught, "gross_total", 1, read.field(FieldKey.GROSS_TOTAL).orElseThrow().box(), Optional.empty());
        Box net = read.field(FieldKey.NET_TOTAL).orElseThrow().box();
        desk.teaching.teach(taught, "gross_total", 1, net, Optional.empty());
        model = new MasksViewModel(desk.teaching, desk.verification, Runnable::run, Runnable::run);
        model.refresh().join();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theSuppliersAreListedWithTheirMasksAndTheFirstMasksLatestVersionIsDrawnOverItsInvoice() {
        assertThat(model.suppliers()).singleElement().satisfies(s -> {
            assertThat(s.supplier().name()).isEqualTo("Dupuis");
            assertThat(s.masks()).singleElement().satisfies(m -> assertThat(m.number()).isEqualTo(1));
        });
        assertThat(model.history()).extracting(v -> v.change().version()).containsExactly(1, 2);
        assertThat(model.versionProperty().get().change().version()).isEqualTo(2);
        assertThat(model.history()).allSatisfy(v -> assertThat(v.invoice()).hasValueSatisfying(f -> assertThat(f.fileName()).isEqualTo("dupuis-1.pdf")));
        assertThat(model.drawingProperty().get().pages()).hasSize(1);
        assertThat(model.drawingProperty().get().zones()).extracting(Zone::field).containsExactly("gross_total");
        assertThat(model.canRestore()).isFalse();
        assertThat(model.canDelete()).isTrue();
    }

    @Test
    void aPageReadTurnedIsShownAsItWasReadWithTheZonesWhereTheyWereTaughtOnIt() {
        MasksViewModel.Drawing drawn = model.drawingProperty().get();
        Zone zone = drawn.zones().getFirst();
        assertThat(drawn.turnsOf(1)).as("a page read as scanned").isZero();
        assertThat(drawn.onPageAsScanned(zone, 1)).isEqualTo(zone.box());

        // Read upside down: the zone, kept where it stands upright, is drawn on the page as scanned, which the viewer turns back.
        MasksViewModel.Drawing upsideDown = new MasksViewModel.Drawing(drawn.version(), drawn.pages(), drawn.zones(), Map.of(1, 2));
        assertThat(upsideDown.turnsOf(1)).isEqualTo(2);
        Box onScan = upsideDown.onPageAsScanned(zone, 1);
        assertThat(onScan.centerX()).isCloseTo(1 - zone.box().centerX(), within(1e-9));
        assertThat(onScan.centerY()).isCloseTo(1 - zone.box().centerY(), within(1e-9));
        Box shown = onScan.turned(upsideDown.turnsOf(1));
        assertThat(shown.x0()).as("turned as the page is shown, it stands where it was taught").isCloseTo(zone.box().x0(), within(1e-9));
        assertThat(shown.y1()).isCloseTo(zone.box().y1(), within(1e-9));
    }

    @Test
    void restoringTriesTheVersionOnTheSuppliersInvoicesFirstAndKeepsItOnlyWhenAsked() {
        model.chooseVersion(model.history().getFirst()).join();
        model.proposeRestore().join();

        MasksViewModel.Proposal proposal = model.proposalProperty().get();
        assertThat(proposal.change()).isEqualTo(MasksViewModel.Change.RESTORE);
        assertThat(proposal.trial().invoices()).isEqualTo(2);
        assertThat(proposal.trial().changed()).isEqualTo(2);
        assertThat(proposal.trial().differences()).extracting(Teaching.Difference::before, Teaching.Difference::after)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("100.00", "120.00"));
        assertThat(desk.teaching.masks(Optional.empty()).getFirst().version()).isEqualTo(2);

        model.keep().join();

        assertThat(desk.teaching.masks(Optional.empty()).getFirst().version()).isEqualTo(3);
        assertThat(model.history()).hasSize(3);
        assertThat(model.proposalProperty().get()).isNull();
    }

    @Test
    void aChangeDroppedChangesNothing() {
        model.proposeDelete().join();
        model.dismiss();

        assertThat(model.keep().join()).isEmpty();
        assertThat(desk.teaching.masks(Optional.empty())).hasSize(1);
    }

    @Test
    void aDeletedMaskStaysListedAndAnyOfItsVersionsBringsItBack() {
        model.proposeDelete().join();
        model.keep().join();

        assertThat(desk.teaching.masks(Optional.empty())).isEmpty();
        assertThat(model.maskProperty().get().deleted()).isTrue();
        assertThat(model.canDelete()).isFalse();
        assertThat(model.canRestore()).isTrue();

        model.proposeRestore().join();
        model.keep().join();

        assertThat(desk.teaching.masks(Optional.empty())).hasSize(1);
        assertThat(model.maskProperty().get().deleted()).isFalse();
    }
}
