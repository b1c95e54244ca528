package io.verifact.ui;

import io.verifact.model.FieldKey;
import io.verifact.model.SupplierChoice;
import io.verifact.model.SupplierId;
import io.verifact.store.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's model on a real local store, without a display: store work and results run in line. */
class InvoiceViewModelTest {

    @TempDir
    Path folder;

    private TestDesk desk;
    private InvoiceViewModel model;

    @BeforeEach
    void open() throws IOException {
        desk = new TestDesk(folder, List::of);
        desk.take(desk.invoice("a.pdf", "Dupuis", "FA-1", "120,00"));
        model = new InvoiceViewModel(desk.verification, Messages.forLocale(Locale.ENGLISH), Runnable::run, Runnable::run);
        model.show(desk.verification.open(desk.verification.queue().getFirst().id()));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyStandardFieldHasARowInFormOrderMissingOnesIncluded() {
        assertThat(model.rows()).extracting(FieldRow::key).containsExactlyElementsOf(InvoiceViewModel.ORDER);
        assertThat(model.row(FieldKey.SUPPLIER_IBAN).orElseThrow().state()).isEqualTo(FieldState.MISSING);
        assertThat(model.row(FieldKey.INVOICE_NUMBER).orElseThrow().value()).isEqualTo("FA-1");
    }

    @Test
    void aCorrectionShowsAsCorrectedAndUndoAndRedoWalkIt() {
        model.correct(FieldKey.INVOICE_NUMBER, "FA-1-B").join();

        assertThat(model.row(FieldKey.INVOICE_NUMBER).orElseThrow().state()).isEqualTo(FieldState.CORRECTED);
        assertThat(model.canUndoProperty().get()).isTrue();

        model.undo().join();
        assertThat(model.row(FieldKey.INVOICE_NUMBER).orElseThrow().value()).isEqualTo("FA-1");
        assertThat(model.canRedoProperty().get()).isTrue();

        model.redo().join();
        assertThat(model.row(FieldKey.INVOICE_NUMBER).orElseThrow().value()).isEqualTo("FA-1-B");
    }

    @Test
    void undoRightAfterACorrectionStillBeingWrittenTakesBackThatCorrection() {
        java.util.concurrent.ExecutorService slow = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            InvoiceViewModel busy = new InvoiceViewModel(desk.verification, Messages.forLocale(Locale.ENGLISH), slow, Runnable::run);
            busy.show(model.invoice());

            var first = busy.correct(FieldKey.INVOICE_NUMBER, "FA-1-B");
            var second = busy.correct(FieldKey.INVOICE_NUMBER, "FA-1-C");
            busy.undo().join();
            first.join();
            second.join();

            assertThat(desk.verification.open(model.invoice().id()).field(FieldKey.INVOICE_NUMBER).orElseThrow().value()).isEqualTo("FA-1-B");
        } finally {
            slow.shutdown();
        }
    }

    @Test
    void aRefusedEntrySaysWhyAndChangesNothing() {
        boolean taken = model.correct(FieldKey.INVOICE_DATE, "the 31st of never").join();

        assertThat(taken).isFalse();
        assertThat(model.errorProperty().get()).isEqualTo("'the 31st of never' is not a date");
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void failingTotalsAreWrittenUnderEachAmountInWords() {
        model.correct(FieldKey.GROSS_TOTAL, "120,10").join();

        for (FieldKey amount : List.of(FieldKey.NET_TOTAL, FieldKey.TAX_TOTAL, FieldKey.GROSS_TOTAL)) {
            FieldRow row = model.row(amount).orElseThrow();
            assertThat(row.state()).isEqualTo(FieldState.FAILED);
            assertThat(row.problem()).isEqualTo("net + VAT ≠ gross by 0.10");
        }
        assertThat(model.nextNeedingLook(FieldKey.CURRENCY)).hasValue(FieldKey.NET_TOTAL);
    }

    @Test
    void enterMovesOnlyThroughFieldsThatNeedALookAndWrapsAround() {
        List<FieldKey> needing = model.rows().stream().filter(FieldRow::needsLook).map(FieldRow::key).toList();
        FieldKey last = needing.getLast();

        assertThat(needing).hasSizeGreaterThan(1);
        assertThat(model.nextNeedingLook(null)).hasValue(needing.getFirst());
        assertThat(model.nextNeedingLook(needing.getFirst())).hasValue(needing.get(1));
        assertThat(model.nextNeedingLook(last)).hasValue(needing.getFirst());
    }

    @Test
    void aFieldConfirmedWithEnterShowsConfirmedAndStaysSoWhenTheOperatorComesBackToTheInvoice() throws IOException {
        FieldKey doubtful = model.rows().stream().filter(r -> r.state() == FieldState.UNCERTAIN).findFirst().orElseThrow().key();
        long first = model.invoice().id();

        model.confirmed(doubtful);

        assertThat(model.row(doubtful).orElseThrow().state()).isEqualTo(FieldState.CONFIRMED);
        assertThat(model.row(doubtful).orElseThrow().needsLook()).isFalse();
        desk.take(desk.invoice("b.pdf", "Dupuis", "FA-2", "120,00"));
        model.show(desk.verification.open(desk.verification.queue().getLast().id()));
        assertThat(model.row(doubtful).orElseThrow().state()).isEqualTo(FieldState.UNCERTAIN);
        model.show(desk.verification.open(first));
        assertThat(model.row(doubtful).orElseThrow().state()).isEqualTo(FieldState.CONFIRMED);
    }

    @Test
    void theDocumentTypeReadsInTheOperatorsLanguageAndTypingItThereChangesIt() {
        InvoiceViewModel french = new InvoiceViewModel(desk.verification, Messages.forLocale(Locale.FRENCH), Runnable::run, Runnable::run);
        french.show(model.invoice());
        assertThat(french.row(FieldKey.DOCUMENT_TYPE).orElseThrow().value()).isEqualTo("Facture");

        french.correct(FieldKey.DOCUMENT_TYPE, "Avoir").join();

        assertThat(french.row(FieldKey.DOCUMENT_TYPE).orElseThrow().value()).isEqualTo("Avoir");
        assertThat(desk.verification.open(model.invoice().id()).field(FieldKey.DOCUMENT_TYPE).orElseThrow().value()).isEqualTo("credit_note");
    }

    @Test
    void showingAnotherInvoiceForgetsWhatCouldBeUndone() throws IOException {
        model.correct(FieldKey.INVOICE_NUMBER, "FA-1-B").join();
        desk.take(desk.invoice("b.pdf", "Dupuis", "FA-2", "120,00"));

        model.show(desk.verification.open(desk.verification.queue().getLast().id()));

        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void theSupplierIsShownWithHowItWasFoundTheClientFileAndEveryStep() throws IOException {
        String dupuis = desk.store.suppliers().create("Dupuis", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")), "test").id();
        desk.store.dossiers().named("Boulangerie Martin", "test");
        desk.take(desk.invoice("b.pdf", "Dupuis", "FA-2", "120,00"));

        model.show(desk.verification.open(desk.verification.queue().getLast().id()));

        InvoiceViewModel.Identified shown = model.identifiedProperty().get();
        assertThat(shown.supplierId()).isEqualTo(dupuis);
        assertThat(shown.supplier()).isEqualTo("Dupuis");
        assertThat(shown.how()).isEqualTo("by VAT number");
        assertThat(shown.file()).isEqualTo("Boulangerie Martin");
        assertThat(shown.log()).anySatisfy(step -> assertThat(step).contains("FR40303265045"));
        assertThat(shown.choosable()).as("found by its VAT number alone: nothing to choose").isFalse();
    }

    @Test
    void anUnknownSupplierIsChosenFromTheRegisterAndTheChoiceIsShownAndKept() {
        String dupuis = desk.store.suppliers().create("Atelier Dupuis", List.of(), "test").id();
        desk.store.suppliers().create("Butagaz", List.of(), "test");
        long id = model.invoice().id();
        model.show(desk.verification.open(id));

        InvoiceViewModel.Identified unknown = model.identifiedProperty().get();
        assertThat(unknown.supplierId()).isEmpty();
        assertThat(unknown.supplier()).isEqualTo("Not found in the register");
        assertThat(unknown.file()).isEqualTo("In no client file");
        assertThat(unknown.choices()).extracting(InvoiceViewModel.Choice::label).containsExactly("Atelier Dupuis", "Butagaz");

        assertThat(model.chooseSupplier(dupuis).join()).isTrue();

        InvoiceViewModel.Identified chosen = model.identifiedProperty().get();
        assertThat(chosen.supplier()).isEqualTo("Atelier Dupuis");
        assertThat(chosen.how()).isEqualTo("chosen by the operator");
        assertThat(chosen.log().getLast()).startsWith("Supplier Atelier Dupuis chosen by claire");
        assertThat(chosen.choices().getFirst().supplierId()).as("the operator can still change their mind").isEqualTo(dupuis);
        assertThat(desk.verification.identification(id)).map(SupplierChoice::matchedBy).hasValue("operator");
        AuditEntry last = desk.store.audit().forDocument(id).getLast();
        assertThat(last.action()).isEqualTo("supplier");
        assertThat(last.newValue()).isEqualTo(dupuis);
    }

    @Test
    void theSuppliersThatMatchedComeFirstThenTheRegisterByName() {
        var zeta = new io.verifact.model.Supplier("s-zeta", "Zeta", List.of());
        var alpha = new io.verifact.model.Supplier("s-alpha", "alpha", List.of());
        var found = new io.verifact.model.Supplier("s-found", "Found", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")));
        var other = new io.verifact.model.Supplier("s-other", "Other", List.of());

        List<InvoiceViewModel.Choice> choices = InvoiceViewModel.choices(List.of(zeta, alpha, other, found),
                new SupplierChoice("s-found", "name", List.of("s-zeta"), "", List.of()));

        assertThat(choices).extracting(InvoiceViewModel.Choice::supplierId).containsExactly("s-found", "s-zeta", "s-alpha", "s-other");
        assertThat(choices).extracting(InvoiceViewModel.Choice::matched).containsExactly(true, true, false, false);
        assertThat(choices.getFirst().label()).isEqualTo("Found (FR40303265045)");
    }
}
