package io.verifact.workflow;

import io.verifact.model.Address;
import io.verifact.model.Dossier;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registers as an operator edits them in the workstation: what is kept exactly, and what is refused and why. */
class RegisterEditingTest {

    private static final SupplierId BUTAGAZ_VAT = new SupplierId(SupplierId.Kind.VAT, "FR13542107651");
    private static final SupplierId BUTAGAZ_IBAN = new SupplierId(SupplierId.Kind.IBAN, "FR7630006000011234567890189");

    private final LocalStore store = LocalStore.inMemory();
    private final Registers registers = new Registers(store, "claire");

    @AfterEach
    void close() {
        store.close();
    }

    private static Supplier supplier(String id, String name, List<SupplierId> ids, List<String> keywords, Map<String, String> accounts) {
        return new Supplier(id, "", name, ids, keywords, Address.NONE, "", "", "", false, accounts);
    }

    @Test
    void whatTheOperatorTakesAwayGoesAndWhatTheyAddIsKept() throws Registers.Refused {
        Dossier dupont = registers.saveDossier(new Dossier("", "Dupont SA"));
        Supplier made = registers.saveSupplier(supplier("", "Butagaz", List.of(BUTAGAZ_VAT, BUTAGAZ_IBAN), List.of("butagaz.fr", "Butagaz SAS"),
                Map.of(Supplier.ANY_FILE, "401BUTA", dupont.id(), "401BUTAGAZ")));

        Supplier edited = registers.saveSupplier(new Supplier(made.id(), "F0042", "Butagaz SAS", List.of(BUTAGAZ_VAT,
                new SupplierId(SupplierId.Kind.PHONE, "0800123456")), List.of("butagaz.fr"),
                new Address("47-53 rue Raspail", "92300", "Levallois-Perret", "FR"), "factures@butagaz.fr", "eur", "20 %", true,
                Map.of(dupont.id(), "401GAZ")));

        assertThat(edited.id()).isEqualTo(made.id());
        assertThat(edited.identifiers()).containsExactlyInAnyOrder(BUTAGAZ_VAT, new SupplierId(SupplierId.Kind.PHONE, "0800123456"));
        assertThat(edited.keywords()).containsExactly("butagaz.fr");
        assertThat(edited.accounts()).containsExactlyEntriesOf(Map.of(dupont.id(), "401GAZ"));
        assertThat(edited.code()).isEqualTo("F0042");
        assertThat(edited.currency()).isEqualTo("EUR");
        assertThat(edited.vatRate()).isEqualTo("20");
        assertThat(edited.blocked()).isTrue();
        assertThat(store.suppliers().all()).singleElement().isEqualTo(edited);
    }

    @Test
    void aSecondSupplierWithTheSirenInsideAnotherOnesVatNumberIsRefusedAndTheOtherIsNamed() throws Registers.Refused {
        Supplier butagaz = registers.saveSupplier(supplier("", "Butagaz", List.of(BUTAGAZ_VAT), List.of(), Map.of()));

        assertThatThrownBy(() -> registers.saveSupplier(supplier("", "Butagaz Levallois",
                List.of(new SupplierId(SupplierId.Kind.SIREN, "542107651")), List.of(), Map.of())))
                .isInstanceOfSatisfying(Registers.Refused.class, refused -> {
                    assertThat(refused.getMessage()).contains("Butagaz", "SIREN 542107651", "duplicate");
                    assertThat(refused.existing()).contains(butagaz);
                });
        assertThat(store.suppliers().all()).hasSize(1);

        // The supplier itself keeps its own identifiers when saved again.
        assertThat(registers.saveSupplier(butagaz).identifiers()).containsExactly(BUTAGAZ_VAT);
    }

    @Test
    void aClientFilesIdentifierATooShortKeywordAndAnUnnamedSupplierAreRefusedInWords() throws Registers.Refused {
        registers.saveDossier(new Dossier("", "", "Dupont SA", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045")), Address.NONE,
                "401", 0, false, Map.of()));

        assertThatThrownBy(() -> registers.saveSupplier(supplier("", "Garage", List.of(new SupplierId(SupplierId.Kind.SIREN, "303265045")),
                List.of(), Map.of()))).hasMessageContaining("client file");
        assertThatThrownBy(() -> registers.saveSupplier(supplier("", "Garage", List.of(), List.of("SA"), Map.of())))
                .hasMessageContaining("every page");
        assertThatThrownBy(() -> registers.saveSupplier(supplier("", " ", List.of(), List.of(), Map.of()))).hasMessageContaining("name");
        assertThat(store.suppliers().all()).isEmpty();
    }

    @Test
    void aClientFileKeepsExactlyItsIdentifiersAndMappingsAndASecondOfTheSameNameIsRefused() throws Registers.Refused {
        Dossier dupont = registers.saveDossier(new Dossier("", "", "Dupont SA", List.of(new SupplierId(SupplierId.Kind.VAT, "FR40303265045"),
                new SupplierId(SupplierId.Kind.SIREN, "303265045")), Address.NONE, "401", 8, false, Map.of("401BUTA", "401GAZ", "401EDF", "401ENERGIE")));

        Dossier edited = registers.saveDossier(new Dossier(dupont.id(), "C12", "Dupont SA", List.of(new SupplierId(SupplierId.Kind.SIREN, "303265045")),
                new Address("", "75001", "Paris", "FR"), "", 10, false, Map.of("401EDF", "401ELEC")));

        assertThat(edited.identifiers()).containsExactly(new SupplierId(SupplierId.Kind.SIREN, "303265045"));
        assertThat(edited.mappings()).containsExactlyEntriesOf(Map.of("401EDF", "401ELEC"));
        assertThat(edited.accountPrefix()).isEqualTo("401");
        assertThat(edited.accountLength()).isEqualTo(10);
        assertThatThrownBy(() -> registers.saveDossier(new Dossier("", "dupont sa"))).hasMessageContaining("already named Dupont SA");
        assertThat(store.dossiers().all()).hasSize(1);
    }

    @Test
    void identifiersTypedInOneBoxAreReadOneByOneAndABadOneIsSaidWithItsReason() {
        Registers.Typed typed = Registers.typed(SupplierId.Kind.IBAN, "FR76 3000 6000 0112 3456 7890 189, FR76 3000 6000 0112 3456 7890 188");

        assertThat(typed.identifiers()).containsExactly(BUTAGAZ_IBAN);
        assertThat(typed.problems()).singleElement().asString().contains("FR76 3000 6000 0112 3456 7890 188", "check digits");
    }

    @Test
    void aSiretGroupedWithTheNoBreakSpacesOfAFrenchSpreadsheetIsRead() {
        Registers.Typed typed = Registers.typed(SupplierId.Kind.SIRET, "732\u00A0829\u202F320\u00A000074");

        assertThat(typed.problems()).isEmpty();
        assertThat(typed.identifiers()).containsExactly(new SupplierId(SupplierId.Kind.SIRET, "73282932000074"));
    }
}
