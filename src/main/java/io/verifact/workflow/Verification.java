package io.verifact.workflow;

import io.verifact.check.InvoiceChecks;
import io.verifact.check.VatNumbers;
import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.extract.TypedValues;
import io.verifact.identify.SupplierFinder;
import io.verifact.model.Arrival;
import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.CheckResult;
import io.verifact.model.FieldKey;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierChoice;
import io.verifact.model.Dossier;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import io.verifact.model.SupplierId;
import io.verifact.store.LocalStore;
import io.verifact.store.Recognitions;
import io.verifact.store.StoredDocument;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An operator's work on recognized invoices: the queue, corrections typed or picked, undo, validation
 * (blocked by failing checks unless overridden with a reason) and rejection. Every change is one
 * transaction of the local store with its audit row; typing corrects this invoice only.
 */
public final class Verification {

    /** The resolution pages are shown at: sharp at 100 % on a desktop screen, light enough to keep several ready. */
    public static final int VIEW_DPI = 150;

    private final LocalStore store;
    private final Documents documents;
    private final Clock clock;
    private final String operator;
    private final boolean decimalComma;

    /**
     * @param operator who verifies, as the audit trail names them
     */
    public Verification(LocalStore store, Documents documents, Clock clock, String operator) {
        this(store, documents, clock, operator, Locale.FRENCH);
    }

    /**
     * @param language the operator's language, which says how they type amounts ({@code 1,234} is one and
     *                 a quarter in French, one thousand two hundred and thirty-four in English)
     */
    public Verification(LocalStore store, Documents documents, Clock clock, String operator, Locale language) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
        this.decimalComma = java.text.DecimalFormatSymbols.getInstance(language).getDecimalSeparator() == ',';
    }

    public String operator() {
        return operator;
    }

    /** A number that changes when another program changes the store, so the queue knows to look again. */
    public long changesByOthers() {
        return store.changesByOthers();
    }

    /** Every invoice of the store, first captured first, with what the queue shows of it. */
    public List<QueueItem> queue() {
        List<StoredDocument> stored = store.documents().list();
        Map<Long, Recognitions.Overview> overviews = store.recognitions().overview();
        Set<Long> conflicts = store.replica().conflicts();
        Map<String, Long> firstByNumber = new HashMap<>();
        List<QueueItem> items = new ArrayList<>(stored.size());
        for (StoredDocument document : stored) {
            Recognitions.Overview overview = overviews.get(document.id());
            Map<FieldKey, String> values = overview == null ? Map.of() : overview.values();
            long duplicateOf = 0;
            if (document.status() != InvoiceStatus.REJECTED) {
                for (String sameInvoice : invoiceIdentities(document, values)) {
                    Long first = firstByNumber.putIfAbsent(sameInvoice, document.id());
                    if (first != null && duplicateOf == 0) {
                        duplicateOf = first;
                    }
                }
            }
            if (duplicateOf == 0 && document.duplicate()) {
                // The same bytes came from a second origin: the invoice repeats itself.
                duplicateOf = document.id();
            }
            items.add(new QueueItem(document.id(), document.fileName(), document.status(), document.statusReason(),
                    values.getOrDefault(FieldKey.SUPPLIER_NAME, ""), values.getOrDefault(FieldKey.BUYER_NAME, ""),
                    values.getOrDefault(FieldKey.INVOICE_NUMBER, ""), values.getOrDefault(FieldKey.INVOICE_DATE, ""),
                    values.getOrDefault(FieldKey.GROSS_TOTAL, ""), values.getOrDefault(FieldKey.CURRENCY, ""),
                    overview == null ? 0 : overview.failedChecks(), overview == null ? 0 : overview.uncertainFields(),
                    duplicateOf, document.capturedAt(), conflicts.contains(document.id())));
        }
        return items;
    }

    /**
     * What makes an invoice the same invoice: within one client file, the same supplier (as identified,
     * else its VAT number or name as read), the same invoice number, and the same date or the same
     * gross total; one key for each of the two, none when the supplier or number is missing.
     */
    private static List<String> invoiceIdentities(StoredDocument document, Map<FieldKey, String> values) {
        String number = values.get(FieldKey.INVOICE_NUMBER);
        String supplier = !document.supplierId().isEmpty() ? "id " + document.supplierId()
                : Optional.ofNullable(values.get(FieldKey.SUPPLIER_VAT)).map(VatNumbers::identity).orElse(values.get(FieldKey.SUPPLIER_NAME));
        if (number == null || supplier == null || number.isBlank() || supplier.isBlank()) {
            return List.of();
        }
        String same = String.join("\u0000", document.dossierId(), supplier.strip().toLowerCase(Locale.ROOT),
                number.replaceAll("\\s", "").toLowerCase(Locale.ROOT));
        List<String> keys = new ArrayList<>(2);
        for (FieldKey also : List.of(FieldKey.INVOICE_DATE, FieldKey.GROSS_TOTAL)) {
            String value = values.get(also);
            if (value != null && !value.isBlank()) {
                keys.add(same + "\u0000" + also.key() + " " + value.strip());
            }
        }
        return keys;
    }

    /**
     * Every time the invoice's file came in, the first first: its name, where from and when. More than one
     * when the very same file was received again from elsewhere.
     */
    public List<Arrival> arrivals(long id) {
        return store.documents().arrivals(id);
    }

    /** The invoice with what was read and its pages' words. */
    public Invoice open(long id) {
        StoredDocument document = store.documents().find(id).orElseThrow(() -> unknown(id));
        Recognition recognition = store.recognitions().load(id)
                .orElse(new Recognition(Map.of(), List.of(), List.of(), List.of()));
        List<PageText> pages = store.pages().load(id).orElse(List.of());
        return new Invoice(id, document.fileName(), document.status(), document.statusReason(), recognition, pages,
                store.replica().conflicts().contains(id));
    }

    /**
     * Sets a field to what the operator typed, for this invoice only; an empty entry takes the value away.
     *
     * @throws InvalidValue when the entry cannot be the field's value
     */
    public Invoice correct(long id, FieldKey key, String typed) throws InvalidValue {
        Invoice invoice = open(id);
        if (typed == null || typed.isBlank()) {
            return restore(id, key, null);
        }
        String value = TypedValues.normalize(key, typed, decimalComma).orElseThrow(() -> new InvalidValue(key, typed));
        Optional<FieldValue> before = invoice.field(key);
        FieldValue corrected = new FieldValue(key, value, Source.OPERATOR, 1.0, before.map(FieldValue::page).orElse(0),
                before.map(FieldValue::box).orElse(null), alternativesAfter(before, value));
        return write(invoice, key, corrected, "correct");
    }

    /** Takes one of the field's other candidates, with the place it stands on the page. */
    public Invoice pick(long id, FieldKey key, Candidate candidate) {
        Invoice invoice = open(id);
        Optional<FieldValue> before = invoice.field(key);
        FieldValue picked = new FieldValue(key, candidate.value(), Source.OPERATOR, 1.0, candidate.page(), candidate.box(),
                alternativesAfter(before, candidate.value()));
        return write(invoice, key, picked, "pick");
    }

    /**
     * Sets a field to what a rectangle drawn on the page reads, where its words stand (source mask);
     * a value the operator typed over the reading is theirs (source operator), at the same place.
     *
     * @param typed what the operator typed instead of the reading, or null or blank to take the reading
     * @throws InvalidValue when the zone read no value and nothing was typed, or what was typed cannot be the field's value
     */
    public Invoice fromZone(long id, Teaching.ZoneRead read, String typed) throws InvalidValue {
        FieldKey key = FieldKey.fromKey(read.field()).orElseThrow(() ->
                new IllegalArgumentException("Unknown field '" + read.field() + "'."));
        Invoice invoice = open(id);
        Optional<FieldValue> before = invoice.field(key);
        Box place = read.value().map(Candidate::box).orElse(read.box());
        FieldValue set;
        if (typed == null || typed.isBlank()) {
            Candidate value = read.value().orElseThrow(() -> new InvalidValue(key, read.text()));
            set = new FieldValue(key, value.value(), Source.MASK, 1.0, read.page(), place, alternativesAfter(before, value.value()));
        } else {
            String value = TypedValues.normalize(key, typed, decimalComma).orElseThrow(() -> new InvalidValue(key, typed));
            boolean asRead = read.value().filter(v -> v.value().equals(value)).isPresent();
            set = new FieldValue(key, value, asRead ? Source.MASK : Source.OPERATOR, 1.0, read.page(), place,
                    alternativesAfter(before, value));
        }
        return write(invoice, key, set, "zone");
    }

    /** Puts a field back as it was before a change (undo and redo), or takes it away when {@code value} is null. */
    public Invoice restore(long id, FieldKey key, FieldValue value) {
        return write(open(id), key, value, "restore");
    }

    private static List<Candidate> alternativesAfter(Optional<FieldValue> before, String chosen) {
        List<Candidate> alternatives = new ArrayList<>();
        before.ifPresent(b -> {
            if (!b.value().equals(chosen)) {
                alternatives.add(new Candidate(b.value(), b.value(), b.confidence(), b.page(), b.box()));
            }
            b.alternatives().stream().filter(c -> !c.value().equals(chosen)).forEach(alternatives::add);
        });
        return alternatives;
    }

    private Invoice write(Invoice invoice, FieldKey key, FieldValue value, String action) {
        requireOpen(invoice);
        Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
        fields.putAll(invoice.recognition().fields());
        if (value == null) {
            fields.remove(key);
        } else {
            fields.put(key, value);
        }
        Recognition changed = invoice.recognition().withFields(fields).withChecks(List.of());
        List<CheckResult> checks = InvoiceChecks.run(changed, LocalDate.now(clock));
        store.recognitions().correct(invoice.id(), key, value, checks, operator, action);
        return open(invoice.id());
    }

    /**
     * Validates the invoice after running every check. When checks fail, it is validated only with a
     * reason to override them, which the audit trail keeps.
     *
     * @param overrideReason why the operator validates over failing checks, or null
     */
    public Decision validate(long id, String overrideReason) {
        Invoice invoice = open(id);
        requireOpen(invoice);
        List<CheckResult> checks = new ArrayList<>(InvoiceChecks.run(invoice.recognition(), LocalDate.now(clock)));
        // Validating the same invoice twice is paying it twice: a duplicate needs a reason like a failing check.
        queue().stream().filter(q -> q.id() == id && q.repeatsAnother()).findFirst()
                .flatMap(q -> store.documents().find(q.duplicateOf()))
                .ifPresent(first -> checks.add(new CheckResult("duplicate", false,
                        "same supplier and invoice number as " + first.fileName())));
        List<CheckResult> failed = checks.stream().filter(c -> !c.ok()).toList();
        boolean overriding = !failed.isEmpty();
        if (overriding && (overrideReason == null || overrideReason.isBlank())) {
            return new Decision.Blocked(failed);
        }
        store.documents().decide(id, InvoiceStatus.VERIFIED, overriding ? overrideReason.strip() : null,
                overriding ? "override" : "validate");
        if (invoice.conflict()) {
            // Validating an invoice two workstations decided differently is the decision between them.
            store.replica().decided(id);
        }
        register(invoice.recognition());
        return new Decision.Validated(overriding);
    }

    /**
     * A validated invoice's supplier joins the register when it is not there yet, made from what the
     * invoice prints, so that its next invoice is identified and can be taught.
     */
    private void register(Recognition recognition) {
        SupplierFinder finder = new SupplierFinder(store.suppliers().all(), store.dossiers().all());
        if (finder.identify(recognition).supplier().isPresent()) {
            return;
        }
        List<SupplierId> identifiers = finder.learnable(recognition);
        Optional<String> name = recognition.value(FieldKey.SUPPLIER_NAME);
        if (name.isPresent() || !identifiers.isEmpty()) {
            store.suppliers().create(name.orElseGet(() -> "Supplier " + identifiers.getFirst().value()), identifiers, operator);
        }
    }

    /**
     * The operator says which supplier the invoice is from. The choice is kept with the invoice (and in
     * its audit trail), and the supplier learns the identifiers this invoice shows that it did not have
     * yet (a new IBAN, a new phone number), so that its next invoice is identified by itself; a client
     * file's identifiers are never learned.
     */
    public Supplier chooseSupplier(long id, String supplierId) {
        Supplier chosen = store.suppliers().find(supplierId).orElseThrow(() ->
                new IllegalArgumentException("There is no supplier " + supplierId + " in the register."));
        store.documents().find(id).orElseThrow(() -> unknown(id));
        // What was read is enough: the pages' words are not needed to learn the identifiers it printed.
        SupplierFinder clients = new SupplierFinder(List.of(), store.dossiers().all());
        List<SupplierId> added = store.recognitions().load(id).map(clients::learnable).orElse(List.of()).stream()
                .filter(i -> !chosen.identifiers().contains(i)).toList();
        Supplier learned = added.isEmpty() ? chosen : store.suppliers().learn(chosen.id(), added);
        List<String> log = new ArrayList<>(store.documents().identification(id).map(SupplierChoice::log).orElse(List.of()));
        log.add("Supplier " + chosen.name() + " chosen by " + operator
                + (added.isEmpty() ? "." : "; it learned " + String.join(", ", added.stream().map(SupplierId::toString).toList()) + "."));
        String dossierId = store.dossiers().of(id).map(Dossier::id).orElse(null);
        store.documents().identify(id, new SupplierChoice(chosen.id(), "operator", List.of(), learned.account(dossierId).orElse(""), log), operator);
        return learned;
    }

    /**
     * For an invoice whose supplier is not in the register, the supplier to create from what its pages
     * show: the name and identifiers read, and the account made by the client file's rule.
     */
    public Optional<SupplierProposal> proposeSupplier(long id) {
        Optional<Recognition> recognition = store.recognitions().load(id);
        if (recognition.isEmpty()) {
            return Optional.empty();
        }
        Optional<Dossier> dossier = store.dossiers().of(id);
        SupplierFinder finder = new SupplierFinder(store.suppliers().all(), store.dossiers().all());
        return finder.identify(recognition.get(), store.pages().load(id).orElse(List.of()), dossier.orElse(null)).proposal()
                .map(p -> new SupplierProposal(new Supplier("", "", p.name(), p.identifiers(), List.of(), null, "",
                        recognition.get().value(FieldKey.CURRENCY).orElse(""), "", false,
                        p.account().isEmpty() ? Map.of() : Map.of(dossier.map(Dossier::id).orElse(Supplier.ANY_FILE), p.account())),
                        p.existing()));
    }

    /** The supplier the invoice was identified as or the operator chose, and how, with every step. */
    public Optional<SupplierChoice> identification(long id) {
        return store.documents().identification(id);
    }

    /** The register's suppliers, for the operator to choose an invoice's supplier from. */
    public List<Supplier> suppliers() {
        return store.suppliers().all();
    }

    /** The client file the invoice is filed in, when it is filed in one. */
    public Optional<Dossier> dossier(long id) {
        return store.dossiers().of(id);
    }

    /** Closes the invoice as rejected, with the reason the operator gives. */
    public void reject(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        StoredDocument document = store.documents().find(id).orElseThrow(() -> unknown(id));
        if (document.status() == InvoiceStatus.REJECTED) {
            return;
        }
        store.documents().decide(id, InvoiceStatus.REJECTED, reason.strip(), "reject");
    }

    /**
     * How far the invoice's pages are turned to be read upright, in quarter turns clockwise by page number: as the
     * operator turned them, else as their reading found them scanned; pages shown as scanned are left out.
     */
    public Map<Integer, Integer> pageTurns(long id) {
        return store.pages().turns(id);
    }

    /**
     * How far the invoice's pages were turned to be read, in quarter turns clockwise by page number, whatever the
     * operator did since: the zones of a mask taught on them stand where they do on the pages so turned.
     */
    public Map<Integer, Integer> readingTurns(long id) {
        return store.pages().readingTurns(id);
    }

    /**
     * Keeps a page of the invoice turned by so many quarter turns clockwise, so that it is shown so when
     * the invoice is opened again; 0 shows it upright. Closed invoices too: it changes how the page is
     * looked at, not the invoice.
     */
    public void turnPage(long id, int page, int quarterTurns) {
        store.pages().turn(id, page, quarterTurns);
    }

    /**
     * The invoice's pages as pictures at {@code dpi}, first page first, at most {@code maxPages}; none
     * when the file cannot be shown (a quarantined file: its reason is what the operator reads).
     */
    public List<BufferedImage> render(long id, int dpi, int maxPages) {
        byte[] bytes = store.documents().original(id);
        try (Document document = documents.open(bytes)) {
            List<BufferedImage> pages = new ArrayList<>();
            for (int page = 1; page <= Math.min(maxPages, document.pageCount()); page++) {
                Document.Rendered rendered = document.render(page, dpi);
                pages.add(rendered.dpi() > dpi * 5 / 4 ? scaled(rendered.image(), (double) dpi / rendered.dpi()) : rendered.image());
            }
            return pages;
        } catch (DocumentRefused e) {
            return List.of();
        }
    }

    /** A scan brought down to the resolution asked for, so that a 600 dpi page costs the screen what a 150 dpi page does. */
    private static BufferedImage scaled(BufferedImage picture, double factor) {
        int width = Math.max(1, (int) Math.round(picture.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * factor));
        BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = smaller.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(picture, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return smaller;
    }

    private static void requireOpen(Invoice invoice) {
        if (!invoice.open()) {
            throw new IllegalStateException(invoice.fileName() + " is " + invoice.status().name().toLowerCase(Locale.ROOT)
                    + " and can no longer be changed");
        }
    }

    private static NoSuchElementException unknown(long id) {
        return new NoSuchElementException("Invoice " + id + " is not in the local store.");
    }
}
