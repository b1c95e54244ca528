package io.verifact.workflow;

import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registers as accounting systems export them, including the files they export badly. */
class RegistersTest {

    private final LocalStore store = LocalStore.inMemory();
    private final Registers registers = new Registers(store, "test");

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyFileOrAHeaderAloneImportsNothingAndSaysNothingIsWrong() throws IOException {
        for (String csv : new String[] {"", "\uFEFF", "id,name,vat\n"}) {
            Registers.Report report = registers.importSuppliers(new StringReader(csv));
            assertThat(report.created() + report.updated() + report.unchanged()).isZero();
            assertThat(report.problems()).isEmpty();
        }
        assertThat(store.suppliers().all()).isEmpty();
    }

    @Test
    void aQuoteLeftOpenSaysTheFileCannotBeReadAndImportsNothing() throws IOException {
        String csv = "id,name,vat\nF1,\"Papeterie Dupuis,FR40303265045\nF2,Gaz du Nord,FR59542051180\n";

        assertThatThrownBy(() -> registers.importSuppliers(new StringReader(csv))).isInstanceOf(IOException.class)
                .hasMessageStartingWith("The file is not a CSV file Verifact can read");
        assertThat(store.suppliers().all()).isEmpty();
    }

    @Test
    void aCellOfThousandsOfValuesIsReadAndTheRestOfTheFileComesIn() throws IOException {
        String phones = IntStream.range(0, 5000).mapToObj(i -> "bad" + i).collect(Collectors.joining("|"));
        String keywords = "x|" + "papeterie".repeat(20_000);
        Registers.Report report = registers.importSuppliers(new StringReader(
                "id,name,phone,keywords\nF1,Papeterie Dupuis," + phones + "," + keywords + "\nF2,Gaz du Nord,01 41 49 00 00,\n"));

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.refused()).isZero();
        assertThat(report.problems()).hasSize(5001).first().asString().startsWith("line 2: phone 'bad0' is not a valid one");
        assertThat(report.problems()).last().asString()
                .isEqualTo("line 2: keyword 'x' is shorter than 3 characters, it would be found on every page: left out.");
        assertThat(store.suppliers().all()).extracting(Supplier::name).containsExactly("Papeterie Dupuis", "Gaz du Nord");
        assertThat(store.suppliers().all().getFirst().keywords()).containsExactly("papeterie".repeat(20_000));
    }

    @Test
    void aRowWithoutIdIsTheSupplierThatHasItsSirenInAnotherForm() throws IOException {
        registers.importSuppliers(new StringReader("name,siret\nPapeterie Dupuis,30326504500011\n"));

        Registers.Report again = registers.importSuppliers(new StringReader("name,vat\nPapeterie Dupuis SARL,FR40303265045\n"));

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(store.suppliers().all()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Papeterie Dupuis SARL");
            assertThat(s.identifier(SupplierId.Kind.VAT)).hasValue("FR40303265045");
        });
    }

    @Test
    void aClientFileNameTakenByAnEarlierRowOrTheStoreIsRefusedAndTheOthersComeIn() throws IOException {
        registers.importDossiers(new StringReader("id,name\nC1,Dupont SA\n"));

        Registers.Report report = registers.importDossiers(new StringReader("id,name\nC2,DUPONT SA\nC3,Martin SARL\nC4,martin sarl\n"));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).containsExactly("line 2: a client file is already named DUPONT SA, not imported.",
                "line 4: a client file is already named martin sarl, not imported.");
    }
}
