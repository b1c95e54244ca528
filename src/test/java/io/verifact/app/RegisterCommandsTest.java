package io.verifact.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verifact.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code supplier} and {@code dossier}: the registers in and out as CSV, and {@code extract --db} finding both on an invoice. */
class RegisterCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aSupplierRegisterComesInWithItsIdentifiersInOneFormAndSaysWhatItLeftOut() throws Exception {
        Path csv = Files.writeString(folder.resolve("suppliers.csv"), """
                \uFEFFid, name, vat, siren, siret, iban, phone, fax, email, street, postcode, city, country, account
                F001, Papeterie Dupuis SARL, FR 40 303 265 045, , , FR76 3000 6000 0112 3456 7890 189, 01 41 49 00 00, , compta@dupuis.fr, 3 rue Neuve, 69001, Lyon, FR, 401DUPUIS
                F002, Wrong Digits SA, FR41303265045, , , , , , , , , , FR,
                F003, , , , , , , , , , , , ,
                """, StandardCharsets.UTF_8);
        Path db = folder.resolve("firm.db");

        StandardOutput.Run imported = StandardOutput.run("supplier", "import", "--db", db.toString(), csv.toString());

        assertThat(imported.exitCode()).as("a row without a name is refused").isEqualTo(2);
        assertThat(imported.err()).contains("line 3: VAT 'FR41303265045' is not a valid one (its check digits do not match): left out.")
                .contains("line 4: no name, not imported.").contains("suppliers: 2 created, 0 updated, 0 unchanged, 1 refused");
        List<JsonNode> listed = lines(StandardOutput.run("supplier", "list", "--db", db.toString()).out());
        assertThat(listed).hasSize(2);
        JsonNode dupuis = listed.getFirst();
        assertThat(dupuis.path("id").asText()).isEqualTo("F001");
        assertThat(dupuis.path("identifiers").path("vat").get(0).asText()).isEqualTo("FR40303265045");
        assertThat(dupuis.path("identifiers").path("iban").get(0).asText()).isEqualTo("FR7630006000011234567890189");
        assertThat(dupuis.path("identifiers").path("phone").get(0).asText()).isEqualTo("141490000");
        assertThat(dupuis.path("accounts").path("*").asText()).isEqualTo("401DUPUIS");

        StandardOutput.Run again = StandardOutput.run("supplier", "import", "--db", db.toString(), csv.toString());
        assertThat(again.err()).as("the same file twice changes nothing").contains("0 created, 0 updated, 2 unchanged");
    }

    @Test
    void anExportedRegisterImportsIntoAnotherStoreAsItWas() throws Exception {
        Path csv = Files.writeString(folder.resolve("suppliers.csv"), """
                id;name;vat;iban;keywords;blocked;city
                F001;Papeterie Dupuis;FR40303265045;FR7630006000011234567890189;Dupuis|papeterie-dupuis.fr;;Lyon
                F002;Gaz du Nord;FR59542051180;;;yes;Lille
                """, StandardCharsets.UTF_8);
        Path first = folder.resolve("first.db");
        assertThat(StandardOutput.run("supplier", "import", "--db", first.toString(), csv.toString()).exitCode()).isZero();
        String exported = StandardOutput.run("supplier", "export", "--db", first.toString()).out();

        Path copy = Files.writeString(folder.resolve("exported.csv"), exported, StandardCharsets.UTF_8);
        Path second = folder.resolve("second.db");
        assertThat(StandardOutput.run("supplier", "import", "--db", second.toString(), copy.toString()).exitCode()).isZero();

        assertThat(exported).startsWith("id,name,vat,siren,siret,iban,phone,fax,email,street,postcode,city,country,account");
        assertThat(StandardOutput.run("supplier", "export", "--db", second.toString()).out()).isEqualTo(exported);
        assertThat(StandardOutput.run("supplier", "list", "--db", second.toString()).out())
                .contains("\"keywords\":[\"Dupuis\",\"papeterie-dupuis.fr\"]").contains("\"blocked\":true");
    }

    @Test
    void extractWithTheRegistersNamesTheSupplierAndTheClientFileByTheirIds() throws Exception {
        Path suppliers = Files.writeString(folder.resolve("suppliers.csv"), """
                id, name, vat, siren, siret, iban, phone, fax, email, street, postcode, city, country, account
                K-17, Taxi-Gast AG Mitte, , , , , , , , , , , DE,
                K-18, Taxiunternehmen TX GmbH, , , , , , , , , , , DE, 70000
                K-19, Taxiunternehmen TX Nord GmbH, , , , , , , , , , , DE,
                """, StandardCharsets.UTF_8);
        Path dossiers = Files.writeString(folder.resolve("clients.csv"), """
                id, name, vat, siren, siret, street, postcode, city, country
                C-1, Taxi-Gast AG Mitte, , , , , , , DE
                C-2, Dupont SA, FR59542051180, , , , , , FR
                """, StandardCharsets.UTF_8);
        Path db = folder.resolve("firm.db");
        assertThat(StandardOutput.run("dossier", "import", "--db", db.toString(), dossiers.toString()).exitCode()).isZero();
        assertThat(StandardOutput.run("supplier", "import", "--db", db.toString(), suppliers.toString()).exitCode()).isZero();

        StandardOutput.Run run = StandardOutput.run("extract", "--json", "--db", db.toString(),
                Corpus.bornDigital("BASIC_zugferd_2p0_BASIC_Taxifahrt").toString());

        JsonNode line = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(line.path("supplier").path("id").asText()).as("the supplier, never its client").isEqualTo("K-18");
        assertThat(line.path("supplier").path("matched_by").asText()).isEqualTo("name");
        assertThat(line.path("supplier").path("account").asText()).isEqualTo("70000");
        assertThat(line.path("dossier").path("id").asText()).isEqualTo("C-1");
        assertThat(line.path("identification").toString()).contains("Client file Taxi-Gast AG Mitte");
        assertThat(StandardOutput.run("dossier", "list", "--db", db.toString()).out()).contains("\"vat\":[\"FR59542051180\"]");
    }

    @Test
    void aFileThatIsNotUtf8OrAnAccountForAnUnknownClientFileIsRefusedWithWhy() throws Exception {
        Path latin1 = Files.write(folder.resolve("suppliers.csv"), "id,name\nF001,Société Générale\n".getBytes(StandardCharsets.ISO_8859_1));
        Path db = folder.resolve("firm.db");

        StandardOutput.Run imported = StandardOutput.run("supplier", "import", "--db", db.toString(), latin1.toString());

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("is not UTF-8 text: save it from the spreadsheet as CSV UTF-8.");

        Path utf8 = Files.writeString(folder.resolve("utf8.csv"), "id,name\nF001,Société Générale\n", StandardCharsets.UTF_8);
        assertThat(StandardOutput.run("supplier", "import", "--db", db.toString(), utf8.toString()).exitCode()).isZero();
        StandardOutput.Run account = StandardOutput.run("supplier", "account", "--db", db.toString(), "--supplier", "F001",
                "--dossier", "C-404", "401SG");

        assertThat(account.exitCode()).isEqualTo(2);
        assertThat(account.err()).contains("No client file C-404.");
        assertThat(StandardOutput.run("supplier", "list", "--db", db.toString()).out()).doesNotContain("accounts");
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
