package io.verifact.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What one file of the corpus should give: the standard fields printed on it, with their true
 * values. Which fields count follows {@code ../shared/tools/score.py}, the way the product is
 * judged: on born-digital PDFs the fields {@code visible_in_pdf_text} says are printed, on page-1
 * scans those of the {@code visible} map.
 *
 * @param file the input file's name
 * @param wanted the true value of each field that counts, by its key in CONTRACT.md, in a fixed order
 */
public record Truth(String file, Map<String, String> wanted) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".truth.json";

    /** Where {@code visible_in_pdf_text} says a field is printed, when it names it otherwise. */
    private static final Map<String, String> BORN_DIGITAL_NAMES = Map.of(
            "invoice_date", "issue_date_numeric", "supplier_vat", "seller_vat_id", "supplier_iban", "iban", "supplier_name", "seller_name");
    /** The truth files list no currency nor due date as printed: both count whenever known. */
    private static final Set<String> BORN_DIGITAL_UNLISTED = Set.of("currency", "due_date");
    /** Where the scans' {@code visible} map says a field is printed, when it names it otherwise. */
    private static final Map<String, String> SCAN_NAMES = Map.of(
            "invoice_date", "issue_date", "supplier_vat", "seller_vat_id", "supplier_iban", "iban");

    /** The born-digital PDFs of a folder ({@code dev/zugferd}), one truth each. */
    public static List<Truth> bornDigital(Path dir) {
        List<Truth> truths = new ArrayList<>();
        for (Path file : truthFiles(dir)) {
            JsonNode t = read(file);
            truths.add(new Truth(base(file) + ".pdf", printed(t, t.path("visible_in_pdf_text"), BORN_DIGITAL_NAMES, BORN_DIGITAL_UNLISTED)));
        }
        return truths;
    }

    /** The page-1 images of a folder ({@code dev/scans}): each truth stands for a clean and a degraded copy. */
    public static List<Truth> scans(Path dir) {
        List<Truth> truths = new ArrayList<>();
        for (Path file : truthFiles(dir)) {
            JsonNode t = read(file);
            JsonNode visible = t.get("visible");
            if (visible == null) {
                throw new IllegalStateException(file + " has no 'visible' map");
            }
            Map<String, String> wanted = printed(t, visible, SCAN_NAMES, Set.of());
            for (String extension : List.of(".png", ".degraded.jpg")) {
                truths.add(new Truth(base(file) + extension, wanted));
            }
        }
        return truths;
    }

    /** How the receipt datasets write a date: day first, in figures or with the month's name. */
    private static final List<java.time.format.DateTimeFormatter> RECEIPT_DATES = Stream.of(
                    "d/M/uuuu", "d-M-uuuu", "d.M.uuuu", "d/M/uu", "d-M-uu", "uuuu-M-d", "d MMM uuuu", "d-MMM-uuuu", "d MMMM uuuu", "MMM d, uuuu")
            .map(p -> new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                    .toFormatter(java.util.Locale.ENGLISH))
            .toList();
    private static final String KEY_SUFFIX = ".key.json";

    /**
     * Scanned receipts, each {@code NAME.jpg} (or {@code .png}) with {@code NAME.key.json} as the public
     * receipt datasets give them: {@code company}, {@code date}, {@code total}. They count as the
     * supplier's name, the invoice date and the gross total; a date in no usual form does not count.
     */
    public static List<Truth> receipts(Path dir) {
        List<Truth> truths = new ArrayList<>();
        for (Path file : files(dir, KEY_SUFFIX)) {
            JsonNode t = read(file);
            String name = file.getFileName().toString();
            String base = name.substring(0, name.length() - KEY_SUFFIX.length());
            Optional<String> image = Stream.of(".jpg", ".jpeg", ".png").map(e -> base + e).filter(f -> Files.isRegularFile(dir.resolve(f))).findFirst();
            if (image.isEmpty()) {
                continue;
            }
            Map<String, String> wanted = new LinkedHashMap<>();
            Optional.ofNullable(text(t.get("date"))).flatMap(Truth::receiptDate).ifPresent(d -> wanted.put("invoice_date", d));
            Optional.ofNullable(text(t.get("total"))).ifPresent(v -> wanted.put("gross_total", v));
            Optional.ofNullable(text(t.get("company"))).ifPresent(v -> wanted.put("supplier_name", v));
            truths.add(new Truth(image.get(), wanted));
        }
        return truths;
    }

    private static Optional<String> receiptDate(String written) {
        for (java.time.format.DateTimeFormatter format : RECEIPT_DATES) {
            try {
                return Optional.of(java.time.LocalDate.parse(written.strip(), format).toString());
            } catch (java.time.format.DateTimeParseException e) {
                // Not this form: the next.
            }
        }
        return Optional.empty();
    }

    /** The known fields that {@code visible} says are printed; {@code unlisted} count when it does not name them. */
    private static Map<String, String> printed(JsonNode t, JsonNode visible, Map<String, String> names, Set<String> unlisted) {
        Map<String, String> wanted = new LinkedHashMap<>();
        values(t).forEach((field, value) -> {
            String key = names.getOrDefault(field, field);
            if (value != null && (visible.has(key) ? truthy(visible.get(key)) : unlisted.contains(field))) {
                wanted.put(field, value);
            }
        });
        return wanted;
    }

    /** Every field score.py knows, by the project's names, with its true value or null. */
    private static Map<String, String> values(JsonNode t) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("invoice_number", text(t.get("invoice_number")));
        values.put("invoice_date", text(t.get("issue_date")));
        values.put("due_date", text(t.get("due_date")));
        values.put("currency", text(t.get("currency")));
        String taxBasis = text(t.get("tax_basis_total"));
        values.put("net_total", taxBasis != null ? taxBasis : text(t.get("net_total")));
        values.put("tax_total", text(t.get("tax_total")));
        values.put("gross_total", text(t.get("gross_total")));
        values.put("supplier_vat", text(t.get("seller_vat_id")));
        values.put("supplier_iban", text(t.get("iban")));
        values.put("supplier_name", text(t.get("seller_name")));
        return values;
    }

    /** A value as text, or null where Python would find it false (absent, null, empty, zero, false). */
    private static String text(JsonNode node) {
        return truthy(node) ? node.asText() : null;
    }

    private static boolean truthy(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue() != 0;
        }
        if (node.isContainerNode()) {
            return !node.isEmpty();
        }
        return !node.asText().isEmpty();
    }

    private static List<Path> truthFiles(Path dir) {
        return files(dir, SUFFIX);
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String base(Path truthFile) {
        String name = truthFile.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
