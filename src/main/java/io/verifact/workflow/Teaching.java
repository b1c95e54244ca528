package io.verifact.workflow;

import io.verifact.check.InvoiceChecks;
import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.extract.FieldExtractor;
import io.verifact.extract.LayoutPrints;
import io.verifact.extract.UprightPages;
import io.verifact.extract.VatRowReader;
import io.verifact.extract.ZonePlacing;
import io.verifact.extract.ZoneReader;
import io.verifact.identify.Identification;
import io.verifact.identify.SupplierFinder;
import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.CustomField;
import io.verifact.model.CustomValue;
import io.verifact.model.Engine;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.LayoutPrint;
import io.verifact.model.Mask;
import io.verifact.model.MaskChange;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.model.Zone;
import io.verifact.ocr.OcrEngine;
import io.verifact.store.LocalStore;
import io.verifact.store.Masks;
import io.verifact.store.StoredDocument;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Teaching a supplier's mask by drawing a rectangle: the zone is read, the supplier found (or made
 * from the invoice's data), and the zone saved in the supplier's mask that fits this layout, or in a
 * new mask when none does. The workstation's drawn rectangle and {@code mask teach} both come here.
 */
public final class Teaching {

    /** Invoices read and not yet decided on: those a new mask reads again. */
    private static final Set<InvoiceStatus> AWAITING = EnumSet.of(InvoiceStatus.RECOGNIZED, InvoiceStatus.TO_VERIFY);

    private final LocalStore store;
    private final String actor;
    private final Clock clock = Clock.systemDefaultZone();
    private final Documents documents;
    private final OcrEngine ocr;

    /** Teaching from the words already read: a zone drawn on a scan is read from its page's OCR words. */
    public Teaching(LocalStore store, String actor) {
        this(store, actor, null, null);
    }

    /**
     * @param documents opens an invoice's file again, to read a zone drawn on a scan on its own
     * @param ocr the engine that reads such a zone at a resolution that suits small text
     */
    public Teaching(LocalStore store, String actor, Documents documents, OcrEngine ocr) {
        this.store = store;
        this.actor = Objects.requireNonNull(actor, "actor");
        this.documents = documents;
        this.ocr = ocr;
    }

    /**
     * An invoice as read: its bytes' SHA-256, its pages and its fields.
     *
     * @param original the file's bytes, to read a zone of a scan on its own; null to read it from the page's words
     */
    public record Invoice(String sha256, List<PageText> pages, Recognition recognition, byte[] original) {

        public Invoice(String sha256, List<PageText> pages, Recognition recognition) {
            this(sha256, pages, recognition, null);
        }
    }

    /**
     * What a drawn rectangle reads.
     *
     * @param text the words it holds, line by line
     * @param value the field's value they make, when they make one
     */
    public record ZoneRead(String field, int page, Box box, String text, Optional<Candidate> value) {
    }

    /**
     * A zone saved in a supplier's mask.
     *
     * @param newSupplier whether the supplier was made from this invoice's data
     * @param newMask whether this layout started a new mask of the supplier
     */
    public record Taught(ZoneRead read, Zone zone, Supplier supplier, String matchedBy, boolean newSupplier, Mask mask, boolean newMask,
                         int readAgain) {
    }

    /** A stored invoice as read, to draw on; empty when it has not been read yet. */
    public Optional<Invoice> invoice(long documentId) {
        return store.documents().find(documentId).flatMap(this::asRead).map(read -> documents == null ? read
                : new Invoice(read.sha256(), read.pages(), read.recognition(), store.documents().original(documentId)));
    }

    /** A stored invoice's pages and fields as read, without its file; empty when it has not been read yet. */
    private Optional<Invoice> asRead(StoredDocument document) {
        Optional<List<PageText>> pages = store.pages().load(document.id()).filter(p -> !p.isEmpty());
        Optional<Recognition> recognition = store.recognitions().load(document.id());
        return pages.isEmpty() || recognition.isEmpty() ? Optional.empty()
                : Optional.of(new Invoice(document.sha256(), pages.get(), recognition.get()));
    }

    /** Reads the rectangle for the field, without teaching anything. */
    public ZoneRead read(Invoice invoice, String field, int page, Box box) {
        return read(invoice, field, target(field), page, box);
    }

    /**
     * Refuses a rectangle that cannot be read or taught on this invoice: on a page the invoice has not,
     * or not on the page. Called before anything is written for it (a custom field it is for).
     */
    public static void checkZone(Invoice invoice, int page, Box box) {
        int pages = invoice.pages().size();
        if (page < 1 || page > pages) {
            throw new IllegalArgumentException("The invoice has no page " + page + "; it has " + pages + ".");
        }
        if (!onPage(box)) {
            // A zone off the page would be saved in the mask and placed on every next invoice, reading nothing.
            throw new IllegalArgumentException("The zone " + box.x0() + "," + box.y0() + "," + box.x1() + "," + box.y1()
                    + " is not on the page: its corners are fractions of the page from 0 to 1, and it has a width and a height.");
        }
    }

    private ZoneRead read(Invoice invoice, String field, ZoneReader.Target target, int page, Box box) {
        checkZone(invoice, page, box);
        PageText whole = invoice.pages().get(page - 1);
        if (whole.uprightTurns() != 0) {
            // A page read turned: its words are read as they run with the page upright, and the zone is not read
            // again on its own, its picture lying turned. What is found is boxed on the page as scanned and shown.
            PageText upright = whole.upright();
            Box zone = UprightPages.upright(whole, box);
            return new ZoneRead(field, page, box, ZoneReader.text(upright, zone),
                    ZoneReader.drawn(upright, zone, target).map(found -> UprightPages.asScanned(invoice.pages(), found)));
        }
        Optional<PageText> alone = alone(invoice, whole, box);
        if (alone.isPresent()) {
            Optional<Candidate> value = ZoneReader.drawn(alone.get(), box, target);
            if (value.isPresent()) {
                return new ZoneRead(field, page, box, ZoneReader.text(alone.get(), box), value);
            }
        }
        // A sign too small to read on its own (€) may still have been read with the whole page.
        return new ZoneRead(field, page, box, ZoneReader.text(whole, box), ZoneReader.drawn(whole, box, target));
    }

    private static boolean onPage(Box box) {
        return box.x0() >= 0 && box.y0() >= 0 && box.x1() <= 1 && box.y1() <= 1 && box.width() > 0 && box.height() > 0;
    }

    /** A zone of a scanned page read again on its own, where small text reads better than on the whole page. */
    private Optional<PageText> alone(Invoice invoice, PageText page, Box box) {
        if (page.engine() != Engine.TESSERACT || ocr == null || documents == null || invoice.original() == null) {
            return Optional.empty();
        }
        try (Document document = documents.open(invoice.original())) {
            return ocr.zoneWords(document, page.number(), box)
                    .map(words -> new PageText(page.number(), words, page.engine(), page.width(), page.height()));
        } catch (DocumentRefused e) {
            return Optional.empty();
        }
    }

    /**
     * Adds a field beyond the standard ones, for one supplier or (with no supplier) for all, so that
     * zones can be taught for it and it shows in the form and in exports.
     */
    public CustomField addCustomField(CustomField field) {
        return store.customFields().add(field, actor);
    }

    /** The custom fields that apply to the supplier's invoices (those for all suppliers too). */
    public List<CustomField> customFields(Optional<String> supplierId) {
        return store.customFields().all().stream().filter(f -> f.appliesTo(supplierId.orElse(null))).toList();
    }

    /** The supplier the invoice is from, as teaching would find it; empty when it is not in the register. */
    public Optional<Supplier> supplierOf(Invoice invoice) {
        return MaskChoice.of(Knowledge.of(store), invoice.recognition(), invoice.pages()).identification().supplier();
    }

    /**
     * The suppliers the invoice's identifiers point to when they point to more than one (two suppliers
     * sharing a VAT number), the register's first first, for the operator to choose from; empty when
     * they point to one or none.
     */
    public List<Supplier> supplierCandidates(Invoice invoice) {
        Identification found = MaskChoice.of(Knowledge.of(store), invoice.recognition(), invoice.pages()).identification();
        if (found.supplier().isEmpty() || found.candidates().isEmpty()) {
            return List.of();
        }
        List<Supplier> several = new ArrayList<>();
        several.add(found.supplier().get());
        several.addAll(found.candidates());
        return several;
    }

    /** Every supplier of the register, to choose the one a zone is taught for. */
    public List<Supplier> suppliers() {
        return store.suppliers().all();
    }

    /**
     * Reads the rectangle and saves it in the mask of the invoice's supplier.
     *
     * @param supplierId the supplier the operator chose, or empty to find it on the invoice
     */
    public Taught teach(Invoice invoice, String field, int page, Box box, Optional<String> supplierId) {
        ZoneReader.Target target = target(field);
        ZoneRead read = read(invoice, field, target, page, box);
        // A VAT row stands with the totals, where they go.
        // A zone is kept where it stands with its page upright, as the supplier's next invoices are read.
        List<PageText> upright = UprightPages.of(invoice.pages());
        Zone zone = ZonePlacing.teach(upright, field, VatRowReader.row(field).isPresent() ? FieldKey.Kind.AMOUNT : target.kind(),
                page, UprightPages.upright(invoice.pages().get(page - 1), box)).withSample(read.value().map(Candidate::value).orElse(""));
        Recognition seen = with(invoice.recognition(), field, read.value());
        boolean newSupplier = false;
        Supplier supplier;
        String matchedBy;
        if (supplierId.isPresent()) {
            supplier = store.suppliers().find(supplierId.get()).orElseThrow(() ->
                    new IllegalArgumentException("There is no supplier " + supplierId.get() + " in the register."));
            matchedBy = "operator";
        } else {
            Identification found = MaskChoice.of(Knowledge.of(store), seen, invoice.pages()).identification();
            if (found.supplier().isPresent()) {
                supplier = found.supplier().get();
                matchedBy = found.matchedBy();
            } else {
                supplier = store.suppliers().create(nameOf(seen), new SupplierFinder(List.of(), store.dossiers().all()).learnable(seen), actor);
                matchedBy = "new";
                newSupplier = true;
            }
        }
        learn(supplier, field, read.value(), invoice.recognition());
        LayoutPrint print = LayoutPrints.of(upright);
        Optional<Mask> fitting = MaskChoice.best(store.masks().ofSupplier(supplier.id()), print, LayoutPrints.FITS);
        Masks.Change change = new Masks.Change(actor, "teach", field, invoice.sha256());
        Mask mask = fitting.isPresent()
                ? store.masks().teach(fitting.get().id(), zone, invoice.sha256(), change)
                : store.masks().create(supplier.id(), print, List.of(zone), invoice.sha256(), change);
        putInHand(invoice.sha256(), field, read.value());
        int again = readAgain(supplier.id(), invoice.sha256());
        return new Taught(read, zone, supplier, matchedBy, newSupplier, mask, fitting.isEmpty(), again);
    }

    /**
     * Reads the supplier's invoices still to verify again through its masks as they now are, so that
     * the next one the operator opens is already read right; what an operator set by hand stays as
     * they set it.
     *
     * @param taughtOn the invoice just taught on, which the operator has in hand and is left alone
     * @return how many invoices now read differently
     */
    private int readAgain(String supplierId, String taughtOn) {
        Knowledge knowledge = Knowledge.of(store).snapshot();
        FieldExtractor extractor = new FieldExtractor(clock);
        int changed = 0;
        for (StoredDocument document : store.documents().list()) {
            if (!AWAITING.contains(document.status()) || document.sha256().equals(taughtOn)) {
                // The invoice taught on is the one in the operator's hands: its fields are theirs to set.
                continue;
            }
            Optional<Invoice> read = asRead(document);
            if (read.isEmpty()) {
                continue;
            }
            List<PageText> pages = read.get().pages();
            Recognition stored = read.get().recognition();
            Recognition layout = extractor.extract(pages);
            MaskChoice choice = MaskChoice.of(knowledge, layout, pages);
            if (choice.identification().supplier().filter(s -> s.id().equals(supplierId)).isEmpty()) {
                continue;
            }
            Recognition masked = choice.mask().map(mask -> FieldExtractor.withMask(layout, pages, mask,
                    knowledge.customKinds(supplierId))).orElse(layout);
            Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
            fields.putAll(masked.fields());
            stored.fields().values().stream().filter(f -> f.source() == Source.OPERATOR).forEach(f -> fields.put(f.key(), f));
            Recognition next = masked.withFields(fields);
            next = InvoiceChecks.checked(next, LocalDate.now(clock));
            if (!next.fields().equals(stored.fields()) || !next.custom().equals(stored.custom())) {
                store.recognitions().save(document.id(), next, actor);
                changed++;
            }
        }
        return changed;
    }

    /**
     * A VAT row or a custom field taught on a stored invoice still to verify is put into that invoice
     * too (a standard field's value is put there by the operator's verification, which checks it).
     */
    private void putInHand(String sha256, String field, Optional<Candidate> value) {
        if (value.isEmpty() || FieldKey.fromKey(field).isPresent()) {
            return;
        }
        Optional<StoredDocument> document = store.documents().findBySha256(sha256).filter(d -> AWAITING.contains(d.status()));
        Optional<Recognition> stored = document.flatMap(d -> store.recognitions().load(d.id()));
        if (stored.isEmpty()) {
            return;
        }
        long id = document.get().id();
        Candidate read = value.get();
        Optional<Integer> row = VatRowReader.row(field);
        if (row.isEmpty()) {
            store.recognitions().correctCustom(id, field, new CustomValue(field, read.value(), Source.MASK,
                    read.confidence(), read.page(), read.box()), actor, "zone");
            return;
        }
        VatRowReader.parse(read.value()).ifPresent(line -> store.recognitions().correctVatRow(id, row.get(), line,
                next -> InvoiceChecks.run(next, LocalDate.now(clock))));
    }

    /** The masks of every supplier, or of one. */
    public List<Mask> masks(Optional<String> supplierId) {
        return supplierId.map(id -> store.masks().ofSupplier(id)).orElseGet(() -> store.masks().all());
    }

    /** The masks taken out of use, which an earlier version can bring back. */
    public List<Mask> deletedMasks() {
        return store.masks().outOfUse();
    }

    /** A stored invoice a mask names by its SHA-256: the one it was taught on, or a change was made on. */
    public record InvoiceFile(long documentId, String fileName) {
    }

    /** The invoice of this store with these bytes; empty when it is not here (taught on another workstation). */
    public Optional<InvoiceFile> file(String sha256) {
        if (sha256 == null || sha256.isBlank()) {
            return Optional.empty();
        }
        return store.documents().findBySha256(sha256).map(d -> new InvoiceFile(d.id(), d.fileName()));
    }

    /** The supplier of that id: the store's own, or the one the register's lists and CSV files give it. */
    public Optional<Supplier> supplier(String id) {
        return store.suppliers().findByCode(id);
    }

    public List<MaskChange> history(String maskId) {
        return store.masks().history(maskId);
    }

    /** Takes the mask out of use; the supplier's invoices still to verify are read again without it. */
    public void delete(String maskId) {
        store.masks().delete(maskId, actor);
        store.masks().find(maskId).ifPresent(mask -> readAgain(mask.supplierId(), null));
    }

    /** Brings back an earlier version as the next one; the supplier's invoices still to verify are read again with it. */
    public Mask restore(String maskId, int version) {
        Mask restored = store.masks().restore(maskId, version, actor);
        readAgain(restored.supplierId(), null);
        return restored;
    }

    /** One field that a change of mask would read differently on an earlier invoice. */
    public record Difference(long documentId, String fileName, String field, String before, String after) {
    }

    /**
     * What a change of a mask would do to the supplier's earlier invoices in this store, before it is kept.
     *
     * @param invoices how many of the supplier's invoices were read again
     * @param differences every field that would read differently
     */
    public record Trial(int invoices, List<Difference> differences) {

        /** How many invoices would read differently. */
        public long changed() {
            return differences.stream().map(Difference::documentId).distinct().count();
        }
    }

    /** Reads the supplier's earlier invoices with the mask as it is and with these zones instead, and tells the difference. */
    public Trial trial(String maskId, List<Zone> zones) {
        Mask now = store.masks().find(maskId).orElseThrow(() -> new IllegalArgumentException("There is no mask " + maskId + "."));
        Mask proposed = new Mask(now.id(), now.supplierId(), now.version() + 1, now.print(), zones, now.taughtOn());
        Mask current = store.masks().deleted(maskId) ? null : now;
        int invoices = 0;
        List<Difference> differences = new ArrayList<>();
        Knowledge knowledge = Knowledge.of(store).snapshot();
        for (StoredDocument document : store.documents().list()) {
            Optional<Invoice> read = asRead(document);
            if (read.isEmpty()) {
                continue;
            }
            List<PageText> pages = read.get().pages();
            Recognition stored = read.get().recognition();
            MaskChoice choice = MaskChoice.of(knowledge, stored, pages);
            if (choice.identification().supplier().filter(s -> s.id().equals(now.supplierId())).isEmpty()
                    || LayoutPrints.fit(now.print(), pages) < LayoutPrints.FITS) {
                continue;
            }
            invoices++;
            Map<FieldKey, FieldValue> before = current == null ? Map.of() : FieldExtractor.withMask(stored, pages, current).fields();
            Map<FieldKey, FieldValue> after = FieldExtractor.withMask(stored, pages, proposed).fields();
            for (FieldKey key : FieldKey.values()) {
                String was = Optional.ofNullable(before.get(key)).or(() -> Optional.ofNullable(stored.fields().get(key)))
                        .map(FieldValue::value).orElse(null);
                String will = Optional.ofNullable(after.get(key)).map(FieldValue::value).orElse(null);
                if (!Objects.equals(was, will)) {
                    differences.add(new Difference(document.id(), document.fileName(), key.key(), was, will));
                }
            }
        }
        return new Trial(invoices, differences);
    }

    /** The supplier seen with a new identifier (a new IBAN) on a zone drawn over it keeps it, so the next invoice finds it alone. */
    private void learn(Supplier supplier, String field, Optional<Candidate> value, Recognition before) {
        if (value.isEmpty()) {
            return;
        }
        Recognition alone = with(new Recognition(Map.of(), List.of(), List.of(), List.of()), field, value);
        // A client file's identifier is never learned as a supplier's.
        List<SupplierId> learned = new SupplierFinder(List.of(), store.dossiers().all()).learnable(alone);
        if (learned.isEmpty()) {
            return;
        }
        // What the invoice was read to say instead was no identifier of this supplier: it is not kept as one.
        SupplierId corrected = learned.getFirst();
        FieldKey.fromKey(field).flatMap(before::value).filter(was -> !was.equals(corrected.value()))
                .map(was -> new SupplierId(corrected.kind(), was))
                .filter(supplier.identifiers()::contains)
                .ifPresent(wrong -> store.suppliers().forget(supplier.id(), wrong));
        List<SupplierId> added = learned.stream().filter(id -> !supplier.identifiers().contains(id)).toList();
        if (!added.isEmpty()) {
            store.suppliers().learn(supplier.id(), added);
        }
    }

    private static Recognition with(Recognition recognition, String field, Optional<Candidate> value) {
        Optional<FieldKey> key = FieldKey.fromKey(field);
        if (key.isEmpty() || value.isEmpty()) {
            return recognition;
        }
        Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
        fields.putAll(recognition.fields());
        fields.put(key.get(), FieldValue.of(key.get(), value.get(), Source.MASK, List.of()));
        return recognition.withFields(fields);
    }

    private static String nameOf(Recognition recognition) {
        return recognition.value(FieldKey.SUPPLIER_NAME)
                .or(() -> recognition.value(FieldKey.SUPPLIER_VAT).map(vat -> "Supplier " + vat))
                .orElse("Unnamed supplier");
    }

    private ZoneReader.Target target(String field) {
        return ZoneReader.Target.of(field, name -> store.customFields().all().stream().filter(f -> f.name().equals(name)).findFirst()
                        .map(CustomField::kind))
                .orElseThrow(() -> new IllegalArgumentException("Unknown field '" + field
                        + "': use a standard field key such as gross_total or invoice_date, or add a custom field of that name first."));
    }
}
