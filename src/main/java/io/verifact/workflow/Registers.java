package io.verifact.workflow;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.verifact.check.Identifiers;
import io.verifact.identify.SupplierFinder;
import io.verifact.model.Address;
import io.verifact.model.Dossier;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.store.LocalStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The supplier register and the client files, in and out as the CSV files an accounting system
 * exports: UTF-8, a header row naming the columns (in any order, any case; a comma, semicolon or tab
 * between them), several values in one cell separated by {@code |}. Importing the same file twice
 * changes nothing; a row the store already has (same id, or for a row without id the same VAT
 * number, SIRET or SIREN, or the same client file name) is updated in place.
 */
public final class Registers {

    /** The supplier columns, in the order they are written. */
    public static final List<String> SUPPLIER_COLUMNS = List.of("id", "name", "vat", "siren", "siret", "iban", "phone", "fax", "email",
            "street", "postcode", "city", "country", "account", "national", "bank", "currency", "vat_rate", "blocked", "keywords");
    /** The client file columns, in the order they are written. */
    public static final List<String> DOSSIER_COLUMNS = List.of("id", "name", "vat", "siren", "siret", "national", "iban", "phone",
            "street", "postcode", "city", "country", "account_prefix", "account_length", "firm");

    private static final Map<String, SupplierId.Kind> IDENTIFIER_COLUMNS = Map.of("vat", SupplierId.Kind.VAT, "siren", SupplierId.Kind.SIREN,
            "siret", SupplierId.Kind.SIRET, "national", SupplierId.Kind.NATIONAL, "iban", SupplierId.Kind.IBAN, "bank", SupplierId.Kind.BANK,
            "phone", SupplierId.Kind.PHONE, "fax", SupplierId.Kind.FAX);
    /** Other names accounting systems give the same columns. */
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("code", "id"), Map.entry("ref", "id"),
            Map.entry("vat_number", "vat"), Map.entry("tva", "vat"), Map.entry("vat_id", "vat"), Map.entry("tax_number", "national"),
            Map.entry("tax1", "siren"), Map.entry("tax2", "national"), Map.entry("bank_account", "bank"), Map.entry("telephone", "phone"),
            Map.entry("tel", "phone"), Map.entry("e_mail", "email"), Map.entry("mail", "email"), Map.entry("address", "street"),
            Map.entry("zip", "postcode"), Map.entry("postal_code", "postcode"), Map.entry("town", "city"), Map.entry("raison_sociale", "name"));

    private static final String ACTOR = "import";

    /**
     * What an import did.
     *
     * @param created rows that became a new supplier or client file
     * @param updated rows that changed one already there
     * @param unchanged rows the store had already, as they are
     * @param problems each row left out or imported without a value, with its line and why
     */
    public record Report(int created, int updated, int unchanged, List<String> problems) {

        public Report {
            problems = List.copyOf(problems);
        }

        public int refused() {
            return (int) problems.stream().filter(p -> p.contains("not imported")).count();
        }
    }

    private final LocalStore store;
    private final String actor;

    public Registers(LocalStore store, String actor) {
        this.store = store;
        this.actor = actor == null ? ACTOR : actor;
    }

    /**
     * An edit of a register the store does not take, with the reason in words.
     *
     * @param existing the supplier the edit would have duplicated, for the operator to go to
     */
    public static final class Refused extends Exception {

        private final transient Optional<Supplier> existing;

        Refused(String reason) {
            this(reason, Optional.empty());
        }

        Refused(String reason, Optional<Supplier> existing) {
            super(reason);
            this.existing = existing;
        }

        public Optional<Supplier> existing() {
            return existing;
        }
    }

    /**
     * What an operator typed in one identifier box, read: several values are separated by {@code ,}
     * {@code ;} {@code |} or a new line.
     *
     * @param identifiers each value in its one form
     * @param problems each value that fails its check, said
     */
    public record Typed(List<SupplierId> identifiers, List<String> problems) {

        public Typed {
            identifiers = List.copyOf(identifiers);
            problems = List.copyOf(problems);
        }
    }

    /** Reads what an operator typed in the box of one kind of identifier. */
    public static Typed typed(SupplierId.Kind kind, String text) {
        List<SupplierId> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String value : text == null ? List.<String>of() : List.of(text.split("[,;|\\n]"))) {
            if (value.isBlank()) {
                continue;
            }
            Optional<String> normal = Identifiers.normalize(kind, value.strip());
            if (normal.isPresent()) {
                SupplierId id = new SupplierId(kind, normal.get());
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            } else {
                problems.add(kind.words() + " '" + value.strip() + "' is not a valid one: " + checkWords(kind) + ".");
            }
        }
        return new Typed(ids, problems);
    }

    /** Every supplier, in the register's order. */
    public List<Supplier> suppliers() {
        return store.suppliers().all();
    }

    /** Every client file, by name. */
    public List<Dossier> dossiers() {
        return store.dossiers().all();
    }

    /**
     * Keeps a supplier as an operator edited it, or adds it when it is new: exactly these identifiers,
     * keywords and accounts. Refused when it has no name, when another supplier has one of its VAT
     * numbers, SIRETs or SIRENs (that one is named), when one of its identifiers is a client file's,
     * when a keyword is too short to tell pages apart, or when its register id is another's.
     */
    public Supplier saveSupplier(Supplier edited) throws Refused {
        if (edited.name().isBlank()) {
            throw new Refused("A supplier needs a name.");
        }
        String self = edited.id().isBlank() ? null : edited.id();
        Optional<Supplier> twin = store.suppliers().holding(edited.identifiers(), self);
        if (twin.isPresent()) {
            Supplier other = twin.get();
            String shared = edited.identifiers().stream().filter(i -> i.kind().unique())
                    .filter(i -> store.suppliers().holding(List.of(i), self).isPresent()).map(SupplierId::toString)
                    .findFirst().orElse("its SIREN");
            throw new Refused("Supplier " + other.name() + " already has " + shared + ": a second supplier with it would be a duplicate.",
                    twin);
        }
        SupplierFinder clients = new SupplierFinder(List.of(), store.dossiers().all());
        Optional<SupplierId> buyers = edited.identifiers().stream().filter(clients::belongsToDossier).findFirst();
        if (buyers.isPresent()) {
            throw new Refused(buyers.get() + " is a client file's: it names the buyer, never a supplier.");
        }
        Optional<String> tooShort = edited.keywords().stream().filter(k -> k.strip().length() < Supplier.SHORTEST_KEYWORD).findFirst();
        if (tooShort.isPresent()) {
            throw new Refused("Keyword '" + tooShort.get().strip() + "' is shorter than " + Supplier.SHORTEST_KEYWORD
                    + " characters: it would be found on every page.");
        }
        if (!edited.ref().isEmpty()) {
            Optional<Supplier> sameRef = store.suppliers().findByCode(edited.ref()).filter(s -> !s.id().equals(edited.id()));
            if (sameRef.isPresent()) {
                throw new Refused("Supplier " + sameRef.get().name() + " already has the id " + edited.ref() + ".", sameRef);
            }
        }
        if (!edited.currency().isEmpty() && !edited.currency().matches("[A-Za-z]{3}")) {
            throw new Refused("Currency '" + edited.currency() + "' is not a currency code such as EUR.");
        }
        if (!edited.vatRate().isEmpty() && !edited.vatRate().replace(',', '.').replace("%", "").strip().matches("\\d{1,2}(\\.\\d{1,3})?")) {
            throw new Refused("VAT rate '" + edited.vatRate() + "' is not a rate such as 20 or 5.5.");
        }
        return store.suppliers().edit(new Supplier(edited.id(), edited.ref(), edited.name().strip(), edited.identifiers(),
                edited.keywords().stream().map(String::strip).distinct().toList(), edited.address(), edited.email(),
                edited.currency().toUpperCase(Locale.ROOT), edited.vatRate().replace(',', '.').replace("%", "").strip(), edited.blocked(),
                edited.accounts()), actor);
    }

    /**
     * Keeps a client file as an operator edited it, or adds it when it is new: exactly these identifiers
     * and account mappings. Refused when it has no name or another client file has its name or id.
     */
    public Dossier saveDossier(Dossier edited) throws Refused {
        String name = edited.name().strip();
        if (name.isEmpty()) {
            throw new Refused("A client file needs a name.");
        }
        for (Dossier other : store.dossiers().all()) {
            if (other.id().equals(edited.id())) {
                continue;
            }
            if (other.name().strip().equalsIgnoreCase(name)) {
                throw new Refused("A client file is already named " + other.name() + ".");
            }
            if (!edited.ref().isEmpty() && edited.ref().equals(other.ref())) {
                throw new Refused("Client file " + other.name() + " already has the id " + edited.ref() + ".");
            }
        }
        if (edited.mappings().keySet().stream().anyMatch(String::isBlank)) {
            throw new Refused("An account mapping starts from an account.");
        }
        return store.dossiers().edit(new Dossier(edited.id(), edited.ref(), name, edited.identifiers(), edited.address(),
                edited.accountPrefix().isBlank() ? Dossier.DEFAULT_PREFIX : edited.accountPrefix(), edited.accountLength(), edited.firm(),
                edited.mappings()), actor);
    }

    /** Imports the suppliers of a CSV file; one that is not UTF-8 is refused with what to do about it. */
    public Report importSuppliers(java.nio.file.Path file) throws IOException {
        return fromFile(file, this::importSuppliers);
    }

    /** Imports the client files of a CSV file; one that is not UTF-8 is refused with what to do about it. */
    public Report importDossiers(java.nio.file.Path file) throws IOException {
        return fromFile(file, this::importDossiers);
    }

    /** What reads a register out of CSV text. */
    private interface CsvImport {
        Report load(Reader csv) throws IOException;
    }

    private static Report fromFile(java.nio.file.Path file, CsvImport load) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IOException("No file " + file + ".");
        }
        var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT);
        try (Reader csv = new java.io.InputStreamReader(java.nio.file.Files.newInputStream(file), decoder)) {
            return load.load(csv);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file.getFileName() + " is not UTF-8 text: save it from the spreadsheet as CSV UTF-8.", e);
        }
    }

    public Report importSuppliers(Reader csv) throws IOException {
        SupplierFinder clients = new SupplierFinder(List.of(), store.dossiers().all());
        return load(csv, (row, line, name, ref, problems) -> {
            List<SupplierId> identifiers = identifiers(row, line, problems);
            for (SupplierId own : identifiers.stream().filter(clients::belongsToDossier).toList()) {
                problems.add(line + own + " is a client file's: kept, but it never identifies " + name + ".");
            }
            Map<String, String> accounts = row.getOrDefault("account", "").isBlank() ? Map.of()
                    : Map.of(Supplier.ANY_FILE, row.get("account").strip());
            Supplier given = new Supplier("", ref, name, identifiers, keywords(row, line, problems),
                    new Address(row.get("street"), row.get("postcode"), row.get("city"), row.get("country")),
                    row.get("email"), row.getOrDefault("currency", "").toUpperCase(Locale.ROOT), row.get("vat_rate"),
                    yes(row.get("blocked")), accounts);
            Optional<Supplier> held = store.suppliers().matching(given);
            if (held.isEmpty()) {
                store.suppliers().save(given, actor);
                return Outcome.CREATED;
            }
            Supplier before = held.get();
            Supplier after = store.suppliers().save(new Supplier(before.id(), ref.isEmpty() ? before.ref() : ref, name, identifiers,
                    given.keywords(), given.address(), given.email(), given.currency(), given.vatRate(), given.blocked(), accounts), actor);
            return after.equals(before) ? Outcome.UNCHANGED : Outcome.UPDATED;
        });
    }

    public Report importDossiers(Reader csv) throws IOException {
        // The names taken, read once: a register of thousands of client files is not read again for each row.
        Set<String> names = new HashSet<>();
        store.dossiers().all().forEach(d -> names.add(d.name().toLowerCase(Locale.ROOT)));
        return load(csv, (row, line, name, ref, problems) -> {
            int length;
            try {
                length = row.getOrDefault("account_length", "").isBlank() ? 0 : Integer.parseInt(row.get("account_length").strip());
                if (length < 0 || length > 40) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(line + "account length '" + row.get("account_length") + "' is not a number from 0 to 40, not imported.");
                return Outcome.REFUSED;
            }
            String prefix = row.getOrDefault("account_prefix", "").isBlank() ? Dossier.DEFAULT_PREFIX : row.get("account_prefix").strip();
            Dossier given = new Dossier("", ref, name, identifiers(row, line, problems),
                    new Address(row.get("street"), row.get("postcode"), row.get("city"), row.get("country")), prefix, length,
                    yes(row.get("firm")), Map.of());
            Optional<Dossier> held = store.dossiers().matching(given);
            if (held.isEmpty()) {
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    problems.add(line + "a client file is already named " + name + ", not imported.");
                    return Outcome.REFUSED;
                }
                store.dossiers().save(given, actor);
                return Outcome.CREATED;
            }
            Dossier before = held.get();
            Dossier after = store.dossiers().save(new Dossier(before.id(), ref.isEmpty() ? before.ref() : ref, name, given.identifiers(),
                    given.address(), prefix, length, given.firm(), before.mappings()), actor);
            names.remove(before.name().toLowerCase(Locale.ROOT));
            names.add(after.name().toLowerCase(Locale.ROOT));
            return after.equals(before) ? Outcome.UNCHANGED : Outcome.UPDATED;
        });
    }

    /** What became of one row. */
    private enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

    /** One row of a register brought into the store, its problems said with its line. */
    private interface RowImport {
        Outcome apply(Map<String, String> row, String line, String name, String ref, List<String> problems);
    }

    /** Each row of the file, but those without a name or with the id of an earlier row, given to {@code each}. */
    private static Report load(Reader csv, RowImport each) throws IOException {
        List<Map<String, String>> rows = rows(csv);
        List<String> problems = new ArrayList<>();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String line = "line " + (i + 2) + ": ";
            String name = row.getOrDefault("name", "").strip();
            String ref = row.getOrDefault("id", "").strip();
            if (name.isEmpty()) {
                problems.add(line + "no name, not imported.");
            } else if (!ref.isEmpty() && !refs.add(ref)) {
                problems.add(line + "id " + ref + " is already on an earlier line, not imported.");
            } else {
                counts.merge(each.apply(row, line, name, ref, problems), 1, Integer::sum);
            }
        }
        return new Report(counts.getOrDefault(Outcome.CREATED, 0), counts.getOrDefault(Outcome.UPDATED, 0),
                counts.getOrDefault(Outcome.UNCHANGED, 0), problems);
    }

    /** The row's keyword rules; one too short to tell a page apart is left out and said. */
    private static List<String> keywords(Map<String, String> row, String line, List<String> problems) {
        List<String> kept = new ArrayList<>();
        for (String keyword : values(row.get("keywords"))) {
            if (keyword.length() < Supplier.SHORTEST_KEYWORD) {
                problems.add(line + "keyword '" + keyword + "' is shorter than " + Supplier.SHORTEST_KEYWORD
                        + " characters, it would be found on every page: left out.");
            } else {
                kept.add(keyword);
            }
        }
        return kept;
    }

    public void exportSuppliers(Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Supplier s : store.suppliers().all()) {
            Map<String, String> row = new HashMap<>();
            row.put("id", s.code());
            row.put("name", s.name());
            identifierCells(s.identifiers(), row);
            row.put("email", s.email());
            address(s.address(), row);
            row.put("account", s.account(null).orElse(""));
            row.put("currency", s.currency());
            row.put("vat_rate", s.vatRate());
            row.put("blocked", s.blocked() ? "yes" : "");
            row.put("keywords", String.join("|", s.keywords()));
            rows.add(SUPPLIER_COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        write(out, SUPPLIER_COLUMNS, rows);
    }

    public void exportDossiers(Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Dossier d : store.dossiers().all()) {
            Map<String, String> row = new HashMap<>();
            row.put("id", d.code());
            row.put("name", d.name());
            identifierCells(d.identifiers(), row);
            address(d.address(), row);
            row.put("account_prefix", d.accountPrefix());
            row.put("account_length", d.accountLength() == 0 ? "" : Integer.toString(d.accountLength()));
            row.put("firm", d.firm() ? "yes" : "");
            rows.add(DOSSIER_COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        write(out, DOSSIER_COLUMNS, rows);
    }

    private static void identifierCells(List<SupplierId> identifiers, Map<String, String> row) {
        IDENTIFIER_COLUMNS.forEach((column, kind) -> row.put(column,
                String.join("|", identifiers.stream().filter(i -> i.kind() == kind).map(SupplierId::value).toList())));
    }

    private static void address(Address address, Map<String, String> row) {
        row.put("street", address.street());
        row.put("postcode", address.postcode());
        row.put("city", address.city());
        row.put("country", address.country());
    }

    private static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.getFactory().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        mapper.enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
        try (var writer = mapper.writerFor(List.class).with(schema).writeValues(out)) {
            writer.write(header);
            for (List<String> row : rows) {
                writer.write(row);
            }
        }
    }

    /** Every identifier of the row, in one form; one that fails its check is left out and said. */
    private static List<SupplierId> identifiers(Map<String, String> row, String line, List<String> problems) {
        List<SupplierId> ids = new ArrayList<>();
        for (SupplierId.Kind kind : SupplierId.Kind.values()) {
            String column = IDENTIFIER_COLUMNS.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst().orElseThrow();
            for (String value : values(row.get(column))) {
                Optional<String> normal = Identifiers.normalize(kind, value);
                if (normal.isPresent()) {
                    ids.add(new SupplierId(kind, normal.get()));
                } else {
                    problems.add(line + kind.words() + " '" + value + "' is not a valid one (" + checkWords(kind) + "): left out.");
                }
            }
        }
        return ids;
    }

    private static String checkWords(SupplierId.Kind kind) {
        return switch (kind) {
            case VAT, IBAN -> "its check digits do not match";
            case SIREN, SIRET -> "its check digit does not match or it has not " + (kind == SupplierId.Kind.SIREN ? 9 : 14) + " digits";
            case PHONE, FAX -> "it has not 8 to 15 digits";
            default -> "too short";
        };
    }

    private static List<String> values(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : cell.split("[|\\n]")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static boolean yes(String cell) {
        return cell != null && Set.of("yes", "y", "true", "1", "oui", "ja", "x").contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** The rows of the file by column name; the header says which column is which. */
    private static List<Map<String, String>> rows(Reader csv) throws IOException {
        BufferedReader reader = new BufferedReader(csv);
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        String content = text.toString();
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String header = content.lines().findFirst().orElse("");
        char separator = separator(header);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.TRIM_SPACES)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(new StringReader(content))) {
            while (it.hasNext()) {
                lines.add(it.next());
            }
        } catch (RuntimeException e) {
            throw new IOException("The file is not a CSV file Verifact can read: " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> columns = lines.getFirst().stream().map(Registers::column).toList();
        if (!columns.contains("name")) {
            throw new IOException("The first line must name the columns, with at least 'name' (such as: "
                    + String.join(", ", SUPPLIER_COLUMNS.subList(0, 6)) + ").");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> cells : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(columns.size(), cells.size()); i++) {
                String cell = cells.get(i) == null ? "" : cells.get(i).strip();
                row.merge(columns.get(i), cell, (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + "|" + b);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String column(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return ALIASES.getOrDefault(key, key);
    }

    private static char separator(String header) {
        int commas = header.length() - header.replace(",", "").length();
        int semicolons = header.length() - header.replace(";", "").length();
        int tabs = header.length() - header.replace("\t", "").length();
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
