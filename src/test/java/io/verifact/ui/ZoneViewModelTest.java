package io.verifact.ui;

import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.model.Mask;
import io.verifact.model.Zone;
import io.verifact.model.Source;
import io.verifact.workflow.Invoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The zone panel's model on a real local store, without a display: reading and writing run in line. */
class ZoneViewModelTest {

    @TempDir
    Path folder;

    private TestDesk desk;
    private InvoiceViewModel form;
    private ZoneViewModel zone;
    private Invoice shown;
    private Box gross;

    @BeforeEach
    void open() throws IOException {
        desk = new TestDesk(folder, List::of);
        desk.take(desk.invoice("a.pdf", "Dupuis", "FA-1", "120,00"));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        form = new InvoiceViewModel(desk.verification, messages, Runnable::run, Runnable::run);
        zone = new ZoneViewModel(desk.teaching, form, messages, Runnable::run, Runnable::run, Runnable::run);
        shown = desk.verification.open(desk.verification.queue().getFirst().id());
        form.show(shown);
        gross = shown.field(FieldKey.GROSS_TOTAL).orElseThrow().box();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aZoneIsReadForTheFieldChosenAndReadAgainWhenAnotherIsChosen() {
        zone.open(shown, 1, gross, FieldKey.NET_TOTAL);
        assertThat(zone.readProperty().get().field()).isEqualTo("net_total");
        assertThat(zone.valueProperty().get()).isEqualTo("120.00");

        zone.fieldProperty().set("invoice_number");

        assertThat(zone.readProperty().get().field()).isEqualTo("invoice_number");
        assertThat(zone.readProperty().get().text()).contains("120,00");
    }

    @Test
    void aZoneIsForTheFieldTheOperatorIsOnElseForTheFieldReadWhereItIsDrawn() {
        assertThat(ZoneViewModel.fieldFor(form, 1, gross)).isEqualTo(FieldKey.GROSS_TOTAL);

        form.currentProperty().set(FieldKey.DUE_DATE);

        assertThat(ZoneViewModel.fieldFor(form, 1, gross)).isEqualTo(FieldKey.DUE_DATE);
    }

    @Test
    void aDoubleClickFindsTheWordUnderThePointer() {
        assertThat(ZoneViewModel.wordAt(shown, 1, gross.centerX(), gross.centerY())).hasValue(gross);
        assertThat(ZoneViewModel.wordAt(shown, 1, 0.99, 0.99)).isEmpty();
        assertThat(ZoneViewModel.wordAt(shown, 2, gross.centerX(), gross.centerY())).isEmpty();
    }

    @Test
    void whatTheOperatorTypedStaysWhenTheZoneIsReadForAnotherField() {
        zone.open(shown, 1, gross, FieldKey.GROSS_TOTAL);
        zone.valueProperty().set("121,00");

        zone.fieldProperty().set("amount_due");

        assertThat(zone.valueProperty().get()).isEqualTo("121,00");
    }

    @Test
    void teachingPutsTheReadingInTheFieldFromTheMaskAndSaysWhatWasTaught() {
        zone.open(shown, 1, gross, FieldKey.GROSS_TOTAL);

        Optional<String> said = zone.apply(true).join();

        assertThat(said).hasValueSatisfying(text -> assertThat(text).startsWith("Taught: Gross total of Dupuis").endsWith("new mask"));
        assertThat(form.row(FieldKey.GROSS_TOTAL).orElseThrow().source()).isEqualTo(Source.MASK.key());
        assertThat(desk.teaching.masks(Optional.empty())).hasSize(1);
        assertThat(zone.drawn()).isNull();
        assertThat(form.canUndoProperty().get()).isTrue();

        zone.open(form.invoice(), 1, shown.field(FieldKey.INVOICE_NUMBER).orElseThrow().box(), FieldKey.INVOICE_NUMBER);
        assertThat(zone.apply(true).join()).hasValue("Taught: Invoice number of Dupuis, added to the mask (version 2)");
    }

    @Test
    void anEntryThatIsNotTheFieldsValueIsRefusedAndThePanelStaysOpen() {
        zone.open(shown, 1, gross, FieldKey.GROSS_TOTAL);
        zone.valueProperty().set("12O,OO");

        Optional<String> said = zone.apply(false).join();

        assertThat(said).isEmpty();
        assertThat(zone.problemProperty().get()).isEqualTo("'12O,OO' is not an amount");
        assertThat(zone.drawn()).isNotNull();
        assertThat(desk.teaching.masks(Optional.empty())).isEmpty();
    }

    @Test
    void theFieldChoiceOffersTheVatRowsAndTheCustomFieldsAfterTheStandardOnes() {
        zone.open(shown, 1, gross, FieldKey.GROSS_TOTAL);

        assertThat(zone.choices()).startsWith(InvoiceViewModel.ORDER.stream().map(FieldKey::key).toArray(String[]::new))
                .endsWith("vat_row_1", "vat_row_2", "vat_row_3");
        assertThat(zone.label("gross_total")).isEqualTo("Gross total");
        assertThat(zone.label("vat_row_2")).isEqualTo("VAT breakdown row 2");

        assertThat(zone.addCustomField("plate_number", FieldKey.Kind.TEXT, false).join()).isTrue();

        assertThat(zone.choices()).endsWith("vat_row_3", "plate_number");
        assertThat(zone.fieldProperty().get()).isEqualTo("plate_number");
        assertThat(zone.readProperty().get().field()).isEqualTo("plate_number");
        assertThat(desk.teaching.customFields(Optional.empty())).extracting(io.verifact.model.CustomField::name).containsExactly("plate_number");

        zone.cancel();
        zone.open(shown, 1, gross, FieldKey.GROSS_TOTAL);
        assertThat(zone.choices()).endsWith("vat_row_3", "plate_number");
    }

    @Test
    void aCustomFieldAddedInThePanelIsTaughtToTheMaskAndCannotBeSetForThisInvoiceOnly() {
        zone.open(shown, 1, gross, FieldKey.GROSS_TOTAL);
        zone.addCustomField("deposit", FieldKey.Kind.AMOUNT, false).join();
        assertThat(zone.valueProperty().get()).isEqualTo("120.00");
        assertThat(zone.standard()).isFalse();

        assertThat(zone.apply(false).join()).isEmpty();
        assertThat(zone.problemProperty().get()).isEqualTo("A VAT breakdown row or a custom field is taught to the mask only.");
        assertThat(desk.teaching.masks(Optional.empty())).isEmpty();

        Optional<String> said = zone.apply(true).join();

        assertThat(said).hasValueSatisfying(text -> assertThat(text).startsWith("Taught: deposit of Dupuis"));
        assertThat(desk.teaching.masks(Optional.empty())).singleElement()
                .satisfies(mask -> assertThat(mask.zones()).extracting(Zone::field).containsExactly("deposit"));
        assertThat(zone.drawn()).isNull();
    }

    @Test
    void aVatRowChosenIsTaughtAsThatRow() {
        zone.open(shown, 1, gross, FieldKey.GROSS_TOTAL);
        zone.fieldProperty().set("vat_row_1");
        if (zone.valueProperty().get().isBlank()) {
            zone.valueProperty().set("20.00 100.00 20.00");
        }

        Optional<String> said = zone.apply(true).join();

        assertThat(said).hasValueSatisfying(text -> assertThat(text).startsWith("Taught: VAT breakdown row 1 of Dupuis"));
        List<Mask> masks = desk.teaching.masks(Optional.empty());
        assertThat(masks).singleElement().satisfies(mask -> assertThat(mask.zones()).extracting(Zone::field).containsExactly("vat_row_1"));
        assertThat(form.row(FieldKey.GROSS_TOTAL).orElseThrow().source()).isNotEqualTo(Source.MASK.key());
    }

    @Test
    void onAnInvoiceOfASupplierNotIdentifiedTheZoneIsTaughtForTheSupplierChosen() {
        String martin = desk.store.suppliers().create("Atelier Martin", List.of(), "test").id();

        zone.open(shown, 1, gross, FieldKey.GROSS_TOTAL);

        assertThat(zone.supplierProperty().get()).isNull();
        assertThat(zone.suppliers()).extracting(io.verifact.model.Supplier::name).containsExactly("Atelier Martin");
        assertThat(zone.teachForProperty().get()).isNull();
        zone.teachForProperty().set(zone.suppliers().getFirst());

        assertThat(zone.apply(true).join()).hasValue("Taught: Gross total of Atelier Martin, new mask");
        assertThat(desk.teaching.masks(Optional.empty())).singleElement().satisfies(mask -> {
            assertThat(mask.supplierId()).isEqualTo(martin);
            assertThat(mask.zones()).extracting(Zone::field).containsExactly("gross_total");
        });
    }

    @Test
    void whenTwoSuppliersShareTheInvoicesVatNumberTheOperatorChoosesWhichTheZoneIsFor() {
        String vat = shown.recognition().value(FieldKey.SUPPLIER_VAT).orElseThrow();
        var id = new io.verifact.model.SupplierId(io.verifact.model.SupplierId.Kind.VAT, vat);
        desk.store.suppliers().create("Dupuis Agencement", List.of(), "test");
        String first = desk.store.suppliers().create("Atelier Dupuis (siège)", List.of(), "test").id();
        String second = desk.store.suppliers().all().getFirst().id();
        desk.store.suppliers().learn(second, List.of(id));
        desk.store.suppliers().learn(first, List.of(id));

        zone.open(shown, 1, gross, FieldKey.GROSS_TOTAL);

        assertThat(zone.supplierProperty().get()).isNull();
        assertThat(zone.suppliers()).extracting(io.verifact.model.Supplier::id).containsExactly(second, first);
        assertThat(zone.teachForProperty().get().id()).isEqualTo(second);
        zone.teachForProperty().set(zone.suppliers().get(1));

        assertThat(zone.apply(true).join()).hasValueSatisfying(text -> assertThat(text).contains("Atelier Dupuis (siège)"));
        assertThat(desk.teaching.masks(Optional.empty())).singleElement().satisfies(mask -> assertThat(mask.supplierId()).isEqualTo(first));
    }
}
