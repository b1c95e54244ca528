package io.verifact.identify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verifact.check.Siren;
import io.verifact.check.VatNumbers;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Supplier;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;
import io.verifact.workflow.Knowledge;
import io.verifact.workflow.Outcome;
import io.verifact.workflow.Recognizer;
import io.verifact.workflow.Registers;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identification as the firm meets it: the corpus's invoices against a supplier register that holds
 * their suppliers among hundreds of made-up decoys (some with names close to the real ones, and the
 * buyers themselves registered as suppliers too), and their buyers as client files among decoy files.
 * The registers come in through the CSV import, into a real store; the invoices are read as {@code
 * extract --db} reads them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentificationCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DECOY_SUPPLIERS = 600;
    private static final int DECOY_DOSSIERS = 80;
    private static final int THREADS = 2;

    @TempDir
    Path temp;

    private Path dev;
    private OcrEngine engine;
    private Recognizer recognizer;

    @BeforeAll
    void startTheEngine() {
        String corpus = System.getProperty("verifact.corpus", "../shared/corpus");
        dev = Path.of(corpus, "dev");
        assertThat(dev).as("the development corpus").isDirectory();
        engine = new AutoEngine(new TextLayerEngine(), new TesseractEngine(null, "fra+eng+deu+nld", THREADS));
        Documents documents = new Documents(Limits.DEFAULT);
        recognizer = new Recognizer(documents, engine, new FieldExtractor(Clock.systemDefaultZone()), Clock.systemDefaultZone());
    }

    @AfterAll
    void stopTheEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    /** One invoice and who it is from and for. */
    private record Case(Path file, String seller, List<String> vats, List<String> ibans, String taxNumber, String buyer) {
    }

    @Test
    void bornDigitalInvoicesAreTheirSuppliersAndNeverTheirBuyers() throws Exception {
        List<Case> cases = cases(dev.resolve("zugferd"), ".pdf");
        Score score = identify(cases, "born-digital");

        assertThat(score.rightSupplier()).as("right supplier, born-digital").isGreaterThanOrEqualTo(99.0);
        assertThat(score.buyerTaken).as("invoices whose buyer was taken for the supplier").isZero();
        assertThat(score.rightDossier()).as("right client file, born-digital").isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void scannedInvoicesAreTheirSuppliersAndNeverTheirBuyers() throws Exception {
        List<Case> cases = new ArrayList<>(cases(dev.resolve("scans"), ".png"));
        cases.addAll(cases(dev.resolve("scans"), ".degraded.jpg"));
        Score score = identify(cases, "scans");

        assertThat(score.rightSupplier()).as("right supplier, scans").isGreaterThanOrEqualTo(96.0);
        assertThat(score.buyerTaken).as("scans whose buyer was taken for the supplier").isZero();
        assertThat(score.rightDossier()).as("right client file, scans").isGreaterThanOrEqualTo(90.0);
    }

    private static final class Score {
        int total;
        int right;
        int buyerTaken;
        int dossierRight;
        final List<String> misses = new ArrayList<>();
        final Map<String, Integer> by = new LinkedHashMap<>();

        double rightSupplier() {
            return 100.0 * right / total;
        }

        double rightDossier() {
            return 100.0 * dossierRight / total;
        }
    }

    private Score identify(List<Case> cases, String kind) throws Exception {
        Random random = new Random(20261124L);
        Path db = temp.resolve(kind + ".db");
        Map<String, String> sellerIds = new LinkedHashMap<>();
        Map<String, String> buyerIds = new LinkedHashMap<>();
        try (LocalStore store = LocalStore.open(db)) {
            Registers registers = new Registers(store, "test");
            Registers.Report dossiers = registers.importDossiers(new StringReader(dossierCsv(cases, buyerIds, random)));
            assertThat(dossiers.refused()).as("client files refused: " + dossiers.problems()).isZero();
            Registers.Report suppliers = registers.importSuppliers(new StringReader(supplierCsv(cases, sellerIds, buyerIds, random)));
            assertThat(suppliers.refused()).as("suppliers refused: " + suppliers.problems()).isZero();
            assertThat(store.suppliers().all()).hasSizeGreaterThan(DECOY_SUPPLIERS);

            Knowledge knowledge = Knowledge.of(store).snapshot();
            Score score = new Score();
            for (Case c : cases) {
                byte[] bytes = Files.readAllBytes(c.file());
                Outcome outcome = recognizer.recognize(c.file().toString(), bytes, io.verifact.document.Fingerprint.sha256(bytes),
                        Optional.empty(), knowledge);
                assertThat(outcome).as(c.file().toString()).isInstanceOf(Outcome.Read.class);
                Identification found = ((Outcome.Read) outcome).supplier();
                score.total++;
                String got = found.supplier().map(Supplier::code).orElse("");
                String want = sellerIds.get(fold(c.seller()));
                if (got.equals(want)) {
                    score.right++;
                    score.by.merge(found.matchedBy(), 1, Integer::sum);
                } else {
                    score.misses.add(c.file().getFileName() + ": got " + got + " " + found.supplier().map(Supplier::name).orElse("-")
                            + " want " + want + " " + c.seller() + "\n    " + String.join("\n    ", found.log()));
                }
                if (got.equals(buyerIds.get("supplier " + fold(c.buyer())))) {
                    score.buyerTaken++;
                }
                if (found.dossier().map(d -> d.code().equals(buyerIds.get(fold(c.buyer())))).orElse(false)) {
                    score.dossierRight++;
                } else {
                    score.misses.add(c.file().getFileName() + ": client file " + found.dossier().map(d -> d.name()).orElse("-")
                            + " want " + c.buyer());
                }
            }
            System.out.printf(Locale.ROOT, "== identification, %s: %d invoices, %d suppliers in the register, %d client files%n"
                            + "   right supplier %.1f %% %s, buyer taken %d, right client file %.1f %%%n",
                    kind, score.total, store.suppliers().all().size(), store.dossiers().all().size(), score.rightSupplier(), score.by,
                    score.buyerTaken, score.rightDossier());
            score.misses.forEach(m -> System.out.println("   miss " + m));
            return score;
        }
    }

    /** The invoices of a folder with their truth; the seller's name is the last line of the name the e-invoice gives. */
    private static List<Case> cases(Path dir, String suffix) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                String base = file.getFileName().toString();
                base = base.substring(0, base.length() - suffix.length());
                Path truthFile = dir.resolve(base + ".truth.json");
                if (!Files.exists(truthFile)) {
                    continue;
                }
                JsonNode t = JSON.readTree(truthFile.toFile());
                List<String> ibans = new ArrayList<>();
                t.path("ibans").forEach(i -> ibans.add(i.asText()));
                if (t.hasNonNull("iban")) {
                    ibans.add(t.get("iban").asText());
                }
                List<String> vats = t.hasNonNull("seller_vat_id") ? List.of(t.get("seller_vat_id").asText()) : List.of();
                cases.add(new Case(file, lastLine(t.path("seller_name").asText()), vats, ibans,
                        t.path("seller_tax_number").asText(""), lastLine(t.path("buyer_name").asText())));
            }
        }
        return cases;
    }

    private static String lastLine(String name) {
        List<String> lines = name.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? name : lines.getLast();
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The buyers as client files, by name only, among decoy client files. */
    private static String dossierCsv(List<Case> cases, Map<String, String> ids, Random random) {
        List<String> rows = new ArrayList<>();
        int n = 0;
        for (Case c : cases) {
            if (!ids.containsKey(fold(c.buyer()))) {
                String id = "C" + (++n);
                ids.put(fold(c.buyer()), id);
                rows.add(id + "," + quoted(c.buyer()) + ",,,,,,,");
            }
        }
        for (int i = 0; i < DECOY_DOSSIERS; i++) {
            rows.add("CD" + i + "," + quoted(decoyName(random)) + "," + decoyVat(random) + ",,,Rue " + i + ",750" + (10 + i % 10) + ",Paris,FR");
        }
        Collections.shuffle(rows, random);
        return "id, name, vat, siren, siret, street, postcode, city, country\n" + String.join("\n", rows) + "\n";
    }

    /**
     * The sellers, each once with every identifier its invoices show, among decoys: companies made up,
     * companies named nearly like a seller, and every buyer registered as a supplier too.
     */
    private static String supplierCsv(List<Case> cases, Map<String, String> ids, Map<String, String> buyerIds, Random random) {
        Map<String, Set<String>> vats = new LinkedHashMap<>();
        Map<String, Set<String>> ibans = new LinkedHashMap<>();
        Map<String, Set<String>> taxes = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Case c : cases) {
            String key = fold(c.seller());
            names.putIfAbsent(key, c.seller());
            vats.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(c.vats().stream().filter(v -> VatNumbers.normalize(v).isPresent()).toList());
            ibans.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(c.ibans());
            if (!c.taxNumber().isBlank()) {
                taxes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.taxNumber());
            }
        }
        List<String> rows = new ArrayList<>();
        int n = 0;
        for (String key : names.keySet()) {
            String id = "S" + (++n);
            ids.put(key, id);
            rows.add(id + "," + quoted(names.get(key)) + "," + String.join("|", vats.get(key)) + ",,,"
                    + String.join("|", ibans.get(key)) + ",,,,,,,,," + String.join("|", taxes.getOrDefault(key, Set.of())));
            // A company named nearly the same, elsewhere, with identifiers of its own.
            String near = names.get(key).replaceFirst("^(\\S+)", "$1 " + pick(random, "Nord", "International", "Services", "Holding"));
            rows.add("N" + n + "," + quoted(near) + "," + decoyVat(random) + ",,," + Iban.random(CountryCode.DE).toString() + ",,,,,,,,,");
        }
        for (String buyer : List.copyOf(buyerIds.keySet())) {
            String id = "B" + buyerIds.get(buyer);
            buyerIds.put("supplier " + buyer, id);
        }
        for (Case c : cases) {
            String id = buyerIds.get("supplier " + fold(c.buyer()));
            if (rows.stream().noneMatch(r -> r.startsWith(id + ","))) {
                rows.add(id + "," + quoted(c.buyer()) + "," + decoyVat(random) + ",,,,,,,,,,,,");
            }
        }
        for (int i = 0; i < DECOY_SUPPLIERS; i++) {
            rows.add("D" + i + "," + quoted(decoyName(random)) + "," + decoyVat(random) + ",,," + Iban.random(pick(random,
                    CountryCode.FR, CountryCode.DE, CountryCode.BE, CountryCode.NL)) + ",+33 1 " + (40 + random.nextInt(50)) + " "
                    + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89)) + ",,,,,,,,");
        }
        Collections.shuffle(rows, random);
        return "id, name, vat, siren, siret, iban, phone, fax, email, street, postcode, city, country, account, national\n"
                + String.join("\n", rows) + "\n";
    }

    private static final List<String> WORDS = List.of("Atelier", "Bureau", "Logistik", "Transport", "Handel", "Immobilien", "Conseil",
            "Papeterie", "Boulangerie", "Elektro", "Bau", "Software", "Consulting", "Verwaltung", "Garage", "Druckerei", "Energie",
            "Nettoyage", "Vending", "Medical", "Office", "Global", "Alpha", "Delta", "Nova", "Vitra", "Lumen", "Kappa", "Sigma", "Orion");
    private static final List<String> PLACES = List.of("Berlin", "Paris", "Lyon", "Gent", "Utrecht", "Köln", "Lille", "Bremen", "Nantes",
            "Antwerpen", "Hamburg", "Rennes", "Leipzig", "Namur", "Delft");

    private static String decoyName(Random random) {
        return pick(random, WORDS.toArray(String[]::new)) + " " + pick(random, WORDS.toArray(String[]::new)) + " "
                + pick(random, PLACES.toArray(String[]::new)) + " " + pick(random, "GmbH", "SARL", "SA", "B.V.", "NV", "Ltd.", "AG", "SAS");
    }

    /** A VAT number whose check digits hold, French or German. */
    private static String decoyVat(Random random) {
        while (true) {
            if (random.nextBoolean()) {
                String siren = String.format("%09d", random.nextInt(1_000_000_000));
                if (Siren.isValidSiren(siren)) {
                    return Siren.frenchVatOf(siren);
                }
            } else {
                String de = "DE" + (100_000_000 + random.nextInt(899_999_999));
                if (VatNumbers.normalize(de).isPresent()) {
                    return de;
                }
            }
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
