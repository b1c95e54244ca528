package io.verifact.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.model.FieldKey;
import io.verifact.store.LocalStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.verifact.app.StandardOutput.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mask teach}, {@code mask list} and {@code mask delete} as an operator types them: a zone taught
 * on one invoice reads the supplier's next one, the mask is listed and deleted, and a bad option or an
 * unknown mask ends in its exit code with a message and nothing written.
 */
class MaskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static DemoInvoice first;
    private static DemoInvoice next;
    private static JsonNode grossOnFirst;

    @TempDir
    Path work;

    private Path db;

    @BeforeAll
    static void writeTheDemoSet() throws Exception {
        List<DemoInvoice> demo = DemoInvoices.write(folder.resolve("demo"));
        first = file(demo, "atelier-dupuis-FA-2026-0142.pdf");
        next = file(demo, "atelier-dupuis-AV-2026-0009.pdf");
        grossOnFirst = JSON.readTree(run("extract", "--json", first.file().toString()).out())
                .at("/fields/" + FieldKey.GROSS_TOTAL.key());
    }

    @BeforeEach
    void newStore() {
        db = work.resolve("verifact.db");
    }

    private static DemoInvoice file(List<DemoInvoice> demo, String name) {
        return demo.stream().filter(d -> d.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    /** A rectangle a little larger than where the value stands, as a hand draws it. */
    private static String around(JsonNode field) {
        JsonNode b = field.get("box");
        return String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", Math.max(0, b.get(0).asDouble() - 0.004),
                Math.max(0, b.get(1).asDouble() - 0.003), Math.min(1, b.get(2).asDouble() + 0.004), Math.min(1, b.get(3).asDouble() + 0.003));
    }

    /** Teaches the gross total where it stands on the first invoice, with options given in pairs put in place of those. */
    private StandardOutput.Run teachGross(String... options) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("--db", db.toString());
        args.put("--file", first.file().toString());
        args.put("--field", FieldKey.GROSS_TOTAL.key());
        args.put("--page", grossOnFirst.get("page").asText());
        args.put("--box", around(grossOnFirst));
        for (int i = 0; i < options.length; i += 2) {
            args.put(options[i], options[i + 1]);
        }
        List<String> line = new ArrayList<>(List.of("mask", "teach"));
        args.forEach((option, value) -> line.addAll(List.of(option, value)));
        return run(line.toArray(String[]::new));
    }

    private void nothingWritten() {
        if (!db.toFile().exists()) {
            return;
        }
        try (LocalStore store = LocalStore.open(db)) {
            assertThat(store.masks().all()).isEmpty();
            assertThat(store.customFields().all()).isEmpty();
        }
    }

    @Test
    void aTaughtZoneIsListedReadsTheSuppliersNextInvoiceAndIsDeleted() throws IOException {
        StandardOutput.Run taught = teachGross();
        assertThat(taught.exitCode()).as(taught.err()).isZero();
        JsonNode teach = JSON.readTree(taught.out());
        assertThat(teach.get("value").asText()).isEqualTo(first.truth().get(FieldKey.GROSS_TOTAL));
        String maskId = teach.at("/mask/id").asText();

        StandardOutput.Run listed = run("mask", "list", "--db", db.toString());
        assertThat(listed.exitCode()).isZero();
        List<String> lines = listed.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode mask = JSON.readTree(lines.getFirst());
        assertThat(mask.get("id").asText()).isEqualTo(maskId);
        assertThat(mask.get("zones")).extracting(z -> z.get("field").asText()).containsExactly(FieldKey.GROSS_TOTAL.key());

        StandardOutput.Run extracted = run("extract", "--json", "--db", db.toString(), next.file().toString());
        JsonNode gross = JSON.readTree(extracted.out()).at("/fields/" + FieldKey.GROSS_TOTAL.key());
        assertThat(gross.get("source").asText()).isEqualTo("mask");
        assertThat(gross.get("value").asText()).isEqualTo(next.truth().get(FieldKey.GROSS_TOTAL));

        StandardOutput.Run deleted = run("mask", "delete", "--db", db.toString(), "--mask", maskId);
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(run("mask", "list", "--db", db.toString()).out()).isBlank();
    }

    @Test
    void aSupplierIsNamedAndShownByTheIdTheRegistersListAndCsvGiveIt() throws IOException {
        Path register = Files.writeString(work.resolve("suppliers.csv"), "id,name,city\nF042,Atelier Dupuis,Lyon\n");
        assertThat(run("supplier", "import", "--db", db.toString(), register.toString()).exitCode()).isZero();
        assertThat(JSON.readTree(run("supplier", "list", "--db", db.toString()).out()).get("id").asText()).isEqualTo("F042");

        StandardOutput.Run taught = teachGross("--supplier", "F042");

        assertThat(taught.exitCode()).as(taught.err()).isZero();
        assertThat(JSON.readTree(taught.out()).at("/supplier/name").asText()).isEqualTo("Atelier Dupuis");
        assertThat(JSON.readTree(taught.out()).at("/supplier/id").asText()).as("named as the register names it").isEqualTo("F042");
        List<String> listed = run("mask", "list", "--db", db.toString(), "--supplier", "F042").out().lines().toList();
        assertThat(listed).hasSize(1);
        assertThat(JSON.readTree(listed.getFirst()).at("/supplier/id").asText()).isEqualTo("F042");
    }

    @Test
    void aPageTheInvoiceHasNotIsRefusedAndNothingIsWritten() {
        for (String page : List.of("0", "-1", "99")) {
            StandardOutput.Run refused = teachGross("--page", page, "--kind", "amount", "--field", "delivery_fee");
            assertThat(refused.exitCode()).isEqualTo(64);
            assertThat(refused.err()).contains("no page " + page);
        }
        nothingWritten();
    }

    @Test
    void aBoxOutsideThePageOrInvertedIsRefusedAndNothingIsWritten() {
        for (String box : List.of("-0.1,0,0.5,0.5", "0,0,1.5,0.5", "0.6,0.2,0.4,0.3", "0.1,0.2,0.3", "a,b,c,d")) {
            StandardOutput.Run refused = teachGross("--box", box);
            assertThat(refused.exitCode()).as(box).isEqualTo(64);
            assertThat(refused.err()).contains("The box '" + box + "'");
        }
        nothingWritten();
    }

    @Test
    void anUnknownFieldIsRefusedAndNothingIsWritten() {
        StandardOutput.Run refused = teachGross("--field", "delivery_fee");
        assertThat(refused.exitCode()).isEqualTo(64);
        assertThat(refused.err()).contains("Unknown field 'delivery_fee'");
        nothingWritten();
    }

    @Test
    void aKindThatIsNotTextAmountOrDateIsRefusedAndNothingIsWritten() {
        StandardOutput.Run refused = teachGross("--field", "delivery_fee", "--kind", "colour");
        assertThat(refused.exitCode()).isEqualTo(64);
        assertThat(refused.err()).contains("text, amount or date, not 'colour'");
        nothingWritten();
    }

    @Test
    void anEmptyOrMisshapenCustomFieldNameIsRefusedAndNothingIsWritten() {
        for (String name : List.of("", " ", "Plate Number", "plate-number")) {
            StandardOutput.Run refused = teachGross("--field", name, "--kind", "text");
            assertThat(refused.exitCode()).as("'" + name + "'").isEqualTo(64);
            assertThat(refused.err()).contains("A custom field's name is a word");
        }
        nothingWritten();
    }

    @Test
    void anUnknownSupplierIsRefusedAndNothingIsWritten() {
        StandardOutput.Run refused = teachGross("--field", "delivery_fee", "--kind", "amount", "--supplier", "nobody");
        assertThat(refused.exitCode()).isEqualTo(64);
        assertThat(refused.err()).contains("There is no supplier nobody");
        nothingWritten();
    }

    @Test
    void deletingAnUnknownMaskSaysSoWithItsExitCode() {
        StandardOutput.Run refused = run("mask", "delete", "--db", db.toString(), "--mask", "no-such-mask");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("no-such-mask").doesNotContain("deleted.");
    }

    @Test
    void anOptionTheCommandDoesNotKnowIsAUsageErrorNotAnUnreadFile() {
        int exit = StandardOutput.into(java.io.OutputStream.nullOutputStream()).execute("mask", "list", "--db", "x.db", "--colour", "red");

        assertThat(exit).isEqualTo(64);
    }
}
