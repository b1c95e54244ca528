package io.verifact.ui;

import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.store.LocalStore;
import io.verifact.workflow.Registers;
import io.verifact.workflow.SupplierProposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The registers' model on a real local store, without a display: the forms as the operator types in them. */
class RegistersViewModelTest {

    @TempDir
    Path folder;

    private LocalStore store;
    private RegistersViewModel model;

    @BeforeEach
    void open() {
        store = LocalStore.open(folder.resolve("verifact.db"));
        store.suppliers().create("Butagaz", List.of(new SupplierId(SupplierId.Kind.VAT, "FR13542107651")), "test");
        store.suppliers().create("Atelier Dupuis", List.of(), "test");
        store.dossiers().named("Dupont SA", "test");
        model = new RegistersViewModel(new Registers(store, "claire"), Messages.forLocale(Locale.ENGLISH), Runnable::run, Runnable::run);
        model.refresh().join();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFirstSupplierIsInTheFormAndTheSearchFindsOneByItsIdentifier() {
        assertThat(model.suppliers().form.get("name")).isEqualTo("Butagaz");
        assertThat(model.suppliers().form.get("vat")).isEqualTo("FR13542107651");
        assertThat(model.suppliers().form.changedProperty().get()).isFalse();

        model.suppliers().search.set("5421");
        assertThat(model.suppliers().shown()).extracting(Supplier::name).containsExactly("Butagaz");
        model.suppliers().search.set("dupuis");
        assertThat(model.suppliers().shown()).extracting(Supplier::name).containsExactly("Atelier Dupuis");
    }

    @Test
    void typingMarksTheFormChangedSavingKeepsItAndUndoingPutsItBack() {
        RegistersViewModel.Form form = model.suppliers().form;
        form.text("iban").set("FR76 3000 6000 0112 3456 7890 189");
        form.text("keywords").set("butagaz.fr\n\nBouteille Butagaz\n");
        assertThat(form.changedProperty().get()).isTrue();

        model.revertSupplier();
        assertThat(form.get("iban")).isEmpty();
        assertThat(form.changedProperty().get()).isFalse();

        form.text("iban").set("FR76 3000 6000 0112 3456 7890 189");
        form.text("keywords").set("butagaz.fr\n\nBouteille Butagaz\n");
        assertThat(model.saveSupplier().join()).isTrue();

        Supplier saved = store.suppliers().all().stream().filter(s -> s.name().equals("Butagaz")).findFirst().orElseThrow();
        assertThat(saved.identifiers(SupplierId.Kind.IBAN)).containsExactly("FR7630006000011234567890189");
        assertThat(saved.keywords()).containsExactly("Bouteille Butagaz", "butagaz.fr");
        assertThat(form.changedProperty().get()).isFalse();
        assertThat(model.doneProperty().get()).isEqualTo("Butagaz saved.");
    }

    @Test
    void anIbanThatFailsItsCheckIsSaidAndNothingIsSaved() {
        model.suppliers().form.text("iban").set("FR76 3000 6000 0112 3456 7890 188");

        assertThat(model.saveSupplier().join()).isFalse();

        assertThat(model.problemProperty().get()).contains("FR76 3000 6000 0112 3456 7890 188", "check digits");
        assertThat(store.suppliers().all()).allSatisfy(s -> assertThat(s.identifiers(SupplierId.Kind.IBAN)).isEmpty());
        assertThat(model.suppliers().form.changedProperty().get()).isTrue();
    }

    @Test
    void aNewSupplierWithAnotherOnesSirenIsRefusedAndTheOperatorIsTakenToThatOne() {
        model.newSupplier();
        model.suppliers().form.text("name").set("Butagaz Levallois");
        model.suppliers().form.text("siren").set("542 107 651");

        assertThat(model.saveSupplier().join()).isFalse();
        assertThat(model.problemProperty().get()).contains("Butagaz", "duplicate");
        assertThat(model.existingProperty().get().name()).isEqualTo("Butagaz");

        model.goToExisting();
        assertThat(model.suppliers().chosenProperty().get().name()).isEqualTo("Butagaz");
        assertThat(store.suppliers().all()).hasSize(2);
    }

    @Test
    void aSupplierProposedFromAnInvoiceIsCreatedWithItsAccountAndHandedBackForTheInvoice() {
        String dupont = store.dossiers().all().getFirst().id();
        Supplier draft = new Supplier("", "", "Garage Martin", List.of(new SupplierId(SupplierId.Kind.SIRET, "73282932000074")), List.of(),
                null, "", "EUR", "", false, Map.of(dupont, "401GARAGEMA"));
        AtomicReference<Supplier> handed = new AtomicReference<>();

        model.propose(new SupplierProposal(draft, Optional.empty()), handed::set);
        assertThat(model.suppliers().form.get("siret")).isEqualTo("73282932000074");
        assertThat(model.suppliers().form.lines).extracting(l -> l.key.get() + "=" + l.value.get()).containsExactly("=", dupont + "=401GARAGEMA");
        assertThat(model.suppliers().form.changedProperty().get()).isTrue();
        model.suppliers().form.text("city").set("Lyon");

        assertThat(model.saveSupplier().join()).isTrue();
        assertThat(handed.get().name()).isEqualTo("Garage Martin");
        assertThat(handed.get().account(dupont)).contains("401GARAGEMA");
        assertThat(handed.get().address().city()).isEqualTo("Lyon");
        assertThat(model.suppliers().all()).extracting(Supplier::name).contains("Garage Martin");
        assertThat(model.doneProperty().get()).isEqualTo("Garage Martin created.");
    }

    @Test
    void undoingASupplierProposedFromAnInvoiceDropsItAndNothingIsLeftToSave() {
        AtomicReference<Supplier> handed = new AtomicReference<>();
        model.propose(new SupplierProposal(new Supplier("", "Garage Martin", List.of()), Optional.empty()), handed::set);
        model.dossiers().form.text("city").set("Lyon");

        model.revertSupplier();

        assertThat(model.suppliers().form.changedProperty().get()).isFalse();
        assertThat(model.suppliers().form.get("name")).isEmpty();
        // The client file's form, on the other side, keeps what was typed in it.
        assertThat(model.dossiers().form.changedProperty().get()).isTrue();
        assertThat(model.saveSupplier().join()).isFalse();
        assertThat(handed.get()).isNull();
        assertThat(store.suppliers().all()).extracting(Supplier::name).doesNotContain("Garage Martin");
    }

    @Test
    void aClientFilesMappingsAreEditedAsLinesAndALengthThatIsNoNumberIsSaid() {
        RegistersViewModel.Form form = model.dossiers().form;
        form.lines.add(new RegistersViewModel.Line("401BUTA", "401GAZ"));
        form.text("account_length").set("eight");
        assertThat(model.saveDossier().join()).isFalse();
        assertThat(model.problemProperty().get()).contains("'eight'");

        form.text("account_length").set("8");
        assertThat(model.saveDossier().join()).isTrue();
        assertThat(store.dossiers().all().getFirst().mappings()).containsExactlyEntriesOf(Map.of("401BUTA", "401GAZ"));
        assertThat(store.dossiers().all().getFirst().accountLength()).isEqualTo(8);
    }

    @Test
    void aRegisterSavedInAnotherEncodingIsRefusedWithWhatToDoAndNothingIsImported() throws IOException {
        Path csv = folder.resolve("suppliers.csv");
        Files.write(csv, "name;city\nSoci\u00e9t\u00e9 G\u00e9n\u00e9rale;Paris\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(model.importFile(csv, true).join()).isFalse();

        assertThat(model.problemProperty().get()).contains("not UTF-8", "CSV UTF-8");
        assertThat(store.suppliers().all()).hasSize(2);
    }

    @Test
    void aRegisterImportedFromAFileIsCountedAndListedAndWrittenBack() throws IOException {
        Path csv = folder.resolve("suppliers.csv");
        Files.writeString(csv, "id;name;vat;city\nF1;Orange Business;FR89380129866;Paris\nF2;;;\n", StandardCharsets.UTF_8);

        assertThat(model.importFile(csv, true).join()).isTrue();
        assertThat(model.doneProperty().get()).isEqualTo("suppliers.csv: 1 created, 0 updated, 0 unchanged, 1 refused.");
        assertThat(model.problemProperty().get()).contains("line 3", "no name");
        assertThat(model.suppliers().all()).extracting(Supplier::name).contains("Orange Business");

        Path out = folder.resolve("out.csv");
        assertThat(model.exportFile(out, true).join()).isTrue();
        assertThat(Files.readString(out)).contains("F1,Orange Business,FR89380129866");
        assertThat(model.doneProperty().get()).isEqualTo("3 entries written to out.csv.");
    }
}
