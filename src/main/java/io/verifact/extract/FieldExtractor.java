package io.verifact.extract;

import io.verifact.check.Siren;
import io.verifact.model.Candidate;
import io.verifact.model.CustomValue;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.LineItem;
import io.verifact.model.Mask;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import io.verifact.model.VatLine;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the standard fields of an invoice from its words alone, without any template: labels in
 * four languages, where values stand relative to them, value patterns, check digits and totals
 * arithmetic. Every field keeps its value, place, confidence and the other candidates.
 */
public final class FieldExtractor {

    private final Clock clock;

    public FieldExtractor(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads the fields through the supplier's mask first: what its zones read wins over the layout's
     * reading, with {@code mask} as its source.
     *
     * @param layout what the layout alone reads, from {@link #extract(List)}
     * @param mask the mask that fits the invoice best
     */
    public static Recognition withMask(Recognition layout, List<PageText> pages, Mask mask) {
        return withMask(layout, pages, mask, field -> java.util.Optional.empty());
    }

    /**
     * @param customKinds the kind of each custom field that applies to the invoice's supplier, by name
     */
    public static Recognition withMask(Recognition layout, List<PageText> pages, Mask mask,
                                       java.util.function.Function<String, java.util.Optional<FieldKey.Kind>> customKinds) {
        return withMask(layout, pages, mask, customKinds, ZoneEyes.NONE);
    }

    /**
     * @param eyes reads a zone of a scanned page again on its own, where small print reads better
     */
    public static Recognition withMask(Recognition layout, List<PageText> pages, Mask mask,
                                       java.util.function.Function<String, java.util.Optional<FieldKey.Kind>> customKinds, ZoneEyes eyes) {
        // A mask's zones are taught where they stand with the page upright; a turned page's zones lie turned in its picture.
        Map<String, Candidate> taught = new LinkedHashMap<>();
        MaskReader.read(mask, UprightPages.of(pages), customKinds, UprightPages.uprightOnly(pages, eyes))
                .forEach((field, value) -> taught.put(field, UprightPages.asScanned(pages, value)));
        if (taught.isEmpty()) {
            return layout;
        }
        Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
        fields.putAll(layout.fields());
        List<CustomValue> custom = new ArrayList<>(layout.custom());
        java.util.TreeMap<Integer, VatLine> rows = new java.util.TreeMap<>();
        taught.forEach((field, value) -> VatRowReader.row(field)
                .ifPresent(row -> VatRowReader.parse(value.value()).ifPresent(line -> rows.put(row, line))));
        taught.forEach((field, value) -> {
            if (FieldKey.fromKey(field).isEmpty() && VatRowReader.row(field).isEmpty()) {
                custom.removeIf(c -> c.name().equals(field));
                custom.add(new CustomValue(field, value.value(), Source.MASK, value.confidence(), value.page(), value.box()));
            }
        });
        taught.forEach((field, value) -> FieldKey.fromKey(field).ifPresent(key -> {
            FieldValue before = fields.get(key);
            if (before != null && value.confidence() < FieldValue.SURE && before.confidence() >= FieldValue.SURE
                    && !before.value().equals(value.value())) {
                // A zone that lost its label does not overrule a sure reading of the page: it stays a candidate.
                List<Candidate> alternatives = new ArrayList<>(before.alternatives());
                alternatives.addFirst(value);
                fields.put(key, new FieldValue(key, before.value(), before.source(), before.confidence(), before.page(), before.box(),
                        alternatives));
                return;
            }
            List<Candidate> others = new ArrayList<>();
            if (before != null && !before.value().equals(value.value())) {
                others.add(new Candidate(before.value(), before.value(), before.confidence(), before.page(), before.box()));
            }
            fields.put(key, new FieldValue(key, value.value(), Source.MASK, value.confidence(), value.page(), value.box(), others));
        }));
        Recognition masked = layout.withFields(fields).withCustom(custom);
        return rows.isEmpty() ? masked : new Recognition(masked.fields(), List.copyOf(rows.values()), masked.lineItems(),
                masked.checks(), masked.custom());
    }

    /**
     * Reads the fields, then reads again, on its own and at a finer resolution, what a scanned page gave
     * unsurely (small print, minus signs and decimal commas read better there): the block of totals when
     * they do not add up, and the line of the invoice number or date when it was not found or its words
     * were read with little confidence. What was read again is kept for the totals unless it is less
     * sure of the gross total (it adds up where the first did not, finds one where the first found none,
     * or reads amounts the page missed), and for the number and the date where it is surer of them.
     *
     * @param eyes reads a zone of a scanned page again; {@link ZoneEyes#NONE} reads nothing again
     */
    public Recognition extract(List<PageText> pages, ZoneEyes eyes) {
        if (UprightPages.any(pages)) {
            return readUpright(pages, eyes);
        }
        if (pages.stream().allMatch(p -> p.words().isEmpty())) {
            return new Recognition(new EnumMap<>(FieldKey.class), List.of(), List.of(), List.of());
        }
        Reading reading = new Reading(new Layout(pages));
        Recognition first = read(pages, reading);
        if (eyes == ZoneEyes.NONE) {
            return first;
        }
        List<PagePlace> zones = new ArrayList<>();
        boolean totalsUnsure = !totalsSure(first);
        if (totalsUnsure) {
            totalsBlock(reading, pages).ifPresent(zones::add);
        }
        for (Map.Entry<FieldKey, Concept> field : RE_READ) {
            if (unsure(first.fields().get(field.getKey()), pages)) {
                labelLine(reading, pages, field.getValue()).filter(z -> zones.stream().noneMatch(o -> overlap(o, z))).ifPresent(zones::add);
            }
        }
        FieldValue name = first.fields().get(FieldKey.SUPPLIER_NAME);
        PagePlace nameLine = name != null && name.box() != null && unsure(name, pages) ? nameLine(name) : null;
        if (nameLine != null && zones.stream().noneMatch(o -> overlap(o, nameLine))) {
            zones.add(nameLine);
        }
        List<PageText> reread = new ArrayList<>(pages);
        boolean readAgain = false;
        for (PagePlace zone : zones) {
            java.util.Optional<List<io.verifact.model.Word>> again = eyes.read(zone.page(), zone.box());
            if (again.isEmpty() || again.get().isEmpty()) {
                continue;
            }
            readAgain = true;
            for (int i = 0; i < reread.size(); i++) {
                PageText page = reread.get(i);
                if (page.number() == zone.page()) {
                    List<io.verifact.model.Word> words = new ArrayList<>(page.words().stream().filter(w -> !inside(w.box(), zone.box())).toList());
                    words.addAll(io.verifact.model.Word.numberedAfter(page.words(), again.get()));
                    reread.set(i, page.withWords(words));
                }
            }
        }
        if (!readAgain) {
            return first;
        }
        Recognition second = extract(reread);
        Recognition kept = totalsUnsure && betterTotals(second, first) ? second : first;
        // The words read again may group the page's other lines otherwise (their slope, their breaks):
        // the second reading answers for what was read again, the first for the rest of the page.
        Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
        fields.putAll(second.fields());
        fields.putAll(first.fields());
        for (FieldKey key : TOTALS) {
            fields.remove(key);
            FieldValue total = kept.fields().get(key);
            if (total != null) {
                fields.put(key, total);
            }
        }
        for (FieldKey key : RE_READ.stream().map(Map.Entry::getKey).toList()) {
            FieldValue mine = first.fields().get(key);
            FieldValue theirs = second.fields().get(key);
            if (theirs != null && (mine == null || theirs.confidence() > mine.confidence())) {
                fields.put(key, theirs);
            }
        }
        // The name read again where it stood, at a finer resolution, and no less sure: large letterhead
        // type read as one line at last.
        FieldValue theirs = second.fields().get(FieldKey.SUPPLIER_NAME);
        if (nameLine != null && theirs != null && theirs.box() != null && theirs.page() == nameLine.page()
                && nameLine.box().overlaps(theirs.box()) && theirs.confidence() >= name.confidence()) {
            fields.put(FieldKey.SUPPLIER_NAME, theirs);
        }
        return new Recognition(fields, kept.vatBreakdown(), kept.lineItems(), kept.checks(), kept.custom());
    }

    /**
     * Around a name read unsurely, as large letterhead type beside smaller lines may be, where Tesseract
     * can take one line of it for two: the name's line, from the name on for up to half the page.
     */
    private static PagePlace nameLine(FieldValue name) {
        io.verifact.model.Box box = name.box();
        double line = box.y1() - box.y0();
        return new PagePlace(name.page(), new io.verifact.model.Box(Math.max(0, box.x0() - 0.01), Math.max(0, box.y0() - 0.5 * line),
                Math.min(1, Math.max(box.x1(), box.x0() + 0.45)), Math.min(1, box.y1() + 0.5 * line)));
    }

    /** The fields the block of totals gives, taken from the reading whose totals are the better. */
    private static final List<FieldKey> TOTALS = List.of(FieldKey.NET_TOTAL, FieldKey.TAX_TOTAL, FieldKey.GROSS_TOTAL, FieldKey.AMOUNT_DUE);

    /** The fields whose line is read again when they are unsure, and the label that finds the line. */
    private static final List<Map.Entry<FieldKey, Concept>> RE_READ = List.of(
            Map.entry(FieldKey.INVOICE_NUMBER, Concept.INVOICE_NUMBER), Map.entry(FieldKey.INVOICE_DATE, Concept.INVOICE_DATE));

    /** Words Tesseract read with less confidence than this make the value they carry worth reading again. */
    private static final double READ_UNSURELY = 0.8;

    /** Whether a field was not found, or found in words read with little confidence on a scanned page. */
    private static boolean unsure(FieldValue value, List<PageText> pages) {
        if (value == null) {
            return true;
        }
        if (value.box() == null || value.confidence() >= FieldValue.SURE) {
            return false;
        }
        return pages.stream().filter(p -> p.number() == value.page() && p.engine() == io.verifact.model.Engine.TESSERACT)
                .flatMap(p -> p.words().stream()).filter(w -> inside(w.box(), value.box()))
                .anyMatch(w -> w.confidence() < READ_UNSURELY);
    }

    /**
     * The line of a field's strongest label on a scanned page, from the label to the right edge, with a
     * line above and two below (where a value under its label stands).
     */
    private static java.util.Optional<PagePlace> labelLine(Reading reading, List<PageText> pages, Concept concept) {
        return reading.hits(concept).stream()
                .filter(h -> pages.stream().anyMatch(p -> p.number() == h.phrase().page && p.engine() == io.verifact.model.Engine.TESSERACT))
                .max(java.util.Comparator.comparingDouble(Labels.Hit::weight))
                .map(h -> {
                    io.verifact.model.Box label = h.phrase().box;
                    double line = label.y1() - label.y0();
                    return new PagePlace(h.phrase().page, new io.verifact.model.Box(Math.max(0, label.x0() - 0.01), Math.max(0, label.y0() - line),
                            1, Math.min(1, label.y1() + 2.5 * line)));
                });
    }

    private static boolean overlap(PagePlace a, PagePlace b) {
        return a.page() == b.page() && a.box().overlaps(b.box());
    }

    /** Whether the totals read add up with their labels: nothing to read again. */
    private static boolean totalsSure(Recognition r) {
        return grossConfidence(r) >= FieldValue.SURE;
    }

    /**
     * Whether the totals read again are the better reading: sure of the gross; or finding one where the
     * first found none; or, as sure or surer, the same gross or one where the first was only a guess. A
     * total the first reading confirmed is not given up for another that the second is not sure of (the
     * block read alone may lose a label the page held).
     */
    private static boolean betterTotals(Recognition again, Recognition first) {
        double was = grossConfidence(first);
        double now = grossConfidence(again);
        if (now >= FieldValue.SURE && now >= was || was == 0 && now > 0) {
            return true;
        }
        boolean same = now > 0 && again.fields().get(FieldKey.GROSS_TOTAL).value().equals(first.fields().get(FieldKey.GROSS_TOTAL).value());
        // A total worked out from the block read again, unsure, is no better than one the page prints.
        boolean printedGivenUp = now > 0 && was > 0 && now < FieldValue.SURE && first.fields().get(FieldKey.GROSS_TOTAL).box() != null
                && again.fields().get(FieldKey.GROSS_TOTAL).box() == null;
        return now >= was && (same || was <= GUESSED) && !printedGivenUp;
    }

    /** The confidence of a total no arithmetic confirmed. */
    private static final double GUESSED = 0.6;

    /** How sure the gross total read is; none read is 0. */
    private static double grossConfidence(Recognition r) {
        FieldValue gross = r.fields().get(FieldKey.GROSS_TOTAL);
        return gross == null ? 0 : gross.confidence();
    }

    /** How far above and below the gross total's label the other totals' labels are looked for, as page fractions. */
    private static final double BLOCK_ABOVE = 0.08;
    private static final double BLOCK_BELOW = 0.08;
    /** How far left or right of the gross total's label the others stand in one block of totals. */
    private static final double BLOCK_ASIDE = 0.12;

    /** Where a page and a box on it are. */
    private record PagePlace(int page, io.verifact.model.Box box) {
    }

    /**
     * The block of totals on a scanned page: from the labels of the totals to the right edge, where
     * their amounts stand, with a line's margin around; none on a page with a text layer, whose words are exact.
     */
    private static java.util.Optional<PagePlace> totalsBlock(Reading reading, List<PageText> pages) {
        // The block stands around the last gross total's label (the net's when no gross is labelled).
        List<Labels.Hit> anchors = reading.hits(Concept.GROSS).isEmpty() ? reading.hits(Concept.NET) : reading.hits(Concept.GROSS);
        java.util.Optional<Labels.Hit> anchor = anchors.stream().max(java.util.Comparator
                .comparingInt((Labels.Hit h) -> h.phrase().page).thenComparingDouble(h -> h.phrase().box.y0()));
        if (anchor.isEmpty()) {
            return java.util.Optional.empty();
        }
        int page = anchor.get().phrase().page;
        if (pages.stream().noneMatch(p -> p.number() == page && p.engine() == io.verifact.model.Engine.TESSERACT)) {
            return java.util.Optional.empty();
        }
        double at = anchor.get().phrase().box.y0();
        double column = anchor.get().phrase().box.x0();
        List<io.verifact.model.Box> boxes = new ArrayList<>();
        for (Concept concept : List.of(Concept.NET, Concept.TAX, Concept.GROSS, Concept.DUE)) {
            reading.hits(concept).stream().filter(h -> h.phrase().page == page)
                    .map(h -> h.phrase().box).filter(b -> b.y0() >= at - BLOCK_ABOVE && b.y0() <= at + BLOCK_BELOW
                            && Math.abs(b.x0() - column) <= BLOCK_ASIDE).forEach(boxes::add);
        }
        double line = boxes.stream().mapToDouble(b -> b.y1() - b.y0()).max().orElse(0.02);
        double top = boxes.stream().mapToDouble(io.verifact.model.Box::y0).min().orElseThrow() - line;
        double bottom = boxes.stream().mapToDouble(io.verifact.model.Box::y1).max().orElseThrow() + 2 * line;
        double left = boxes.stream().mapToDouble(io.verifact.model.Box::x0).min().orElseThrow() - 0.01;
        return java.util.Optional.of(new PagePlace(page, new io.verifact.model.Box(Math.max(0, left), Math.max(0, top), 1, Math.min(1, bottom))));
    }

    private static boolean inside(io.verifact.model.Box word, io.verifact.model.Box zone) {
        double x = (word.x0() + word.x1()) / 2;
        double y = (word.y0() + word.y1()) / 2;
        return x >= zone.x0() && x <= zone.x1() && y >= zone.y0() && y <= zone.y1();
    }

    /**
     * Pages read turned (scanned upside down or sideways) are read with their words where they stand once the
     * pages are upright, as the lines of the page run; what was found is then put back where it stands on the
     * pages as scanned and shown. Zones of a turned page are not read again on their own: their pictures lie turned.
     */
    private Recognition readUpright(List<PageText> pages, ZoneEyes eyes) {
        Recognition upright = extract(UprightPages.of(pages), UprightPages.uprightOnly(pages, eyes));
        Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
        upright.fields().forEach((key, f) -> fields.put(key, new FieldValue(key, f.value(), f.source(), f.confidence(), f.page(),
                UprightPages.asScanned(pages, f.page(), f.box()), f.alternatives().stream().map(c -> UprightPages.asScanned(pages, c)).toList())));
        List<CustomValue> custom = upright.custom().stream().map(c -> new CustomValue(c.name(), c.value(), c.source(), c.confidence(),
                c.page(), UprightPages.asScanned(pages, c.page(), c.box()))).toList();
        return new Recognition(fields, upright.vatBreakdown(), upright.lineItems(), upright.checks(), custom);
    }

    public Recognition extract(List<PageText> pages) {
        return extract(pages, ZoneEyes.NONE);
    }

    private Recognition read(List<PageText> pages, Reading reading) {
        Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
        List<VatBreakdownReader.Found> breakdown = VatBreakdownReader.read(reading);

        List<LineItem> lines = new LineItemReader(reading).read();
        boolean slip = TillSlip.is(pages, reading);
        Optional<TillSlip.Payment> paid = slip ? TillSlip.paidLessChange(reading) : Optional.empty();
        // Read once: the totals weigh amounts in another currency less, and the field is the currency.
        Optional<Scored.Choice> currency = new CurrencyReader(reading).read();
        new TotalsReader(reading, breakdown, itemsSum(lines), paid, currency.map(c -> c.chosen().value()))
                .read().forEach((key, choice) -> put(fields, key, choice));
        new DatesReader(reading, LocalDate.now(clock)).read().forEach((key, choice) -> put(fields, key, choice));
        ReferenceReader references = new ReferenceReader(reading);
        put(fields, FieldKey.INVOICE_NUMBER, references.read(Concept.INVOICE_NUMBER), 0.95, 0.9);
        put(fields, FieldKey.PO_NUMBER, references.read(Concept.PO_NUMBER), 0.9, 0.9);

        PartyReader parties = new PartyReader(reading);
        put(fields, FieldKey.BUYER_NAME, parties.buyerName(), 0.8, 0);
        parties.supplier().ifPresent(c -> put(fields, FieldKey.SUPPLIER_NAME, c));
        if (slip) {
            // A slip's merchant is printed at its top: a name read further down is an article or a payment.
            TillSlip.merchant(reading).ifPresent(merchant -> put(fields, FieldKey.SUPPLIER_NAME, merchant));
        }

        IdentifierReader identifiers = reading.identifiers();
        new VatOwner(reading, parties, identifiers).read().forEach((key, choice) -> put(fields, key, choice));
        put(fields, FieldKey.SUPPLIER_IBAN, payee(identifiers.ibans(), parties), 0.95, 0.9, 0.25);
        put(fields, FieldKey.SUPPLIER_BIC, first(identifiers.bics()), 0.95, 0);
        put(fields, FieldKey.SUPPLIER_SIRET, first(identifiers.sirets()), 0.95, 0.9, 0.25);
        Scored siren = first(identifiers.sirens());
        if (siren.isEmpty() && fields.containsKey(FieldKey.SUPPLIER_SIRET)) {
            FieldValue siret = fields.get(FieldKey.SUPPLIER_SIRET);
            siren.add(new Candidate(siret.value().substring(0, 9), siret.value(), 1, siret.page(), siret.box()), 1, 1);
        }
        FieldValue supplierVat = fields.get(FieldKey.SUPPLIER_VAT);
        if (siren.isEmpty() && supplierVat != null) {
            // A French VAT number holds the SIREN after its two-digit key.
            Siren.sirenOfFrenchVat(supplierVat.value()).ifPresent(s ->
                    siren.add(new Candidate(s, supplierVat.value(), 1, supplierVat.page(), supplierVat.box()), 1, 1));
        }
        put(fields, FieldKey.SUPPLIER_SIREN, siren, 0.95, 0.9, 0.25);

        currency.ifPresent(c -> put(fields, FieldKey.CURRENCY, c));
        put(fields, FieldKey.DOCUMENT_TYPE, documentType(reading, fields));

        List<VatLine> vat = new ArrayList<>();
        breakdown.forEach(f -> vat.add(f.line()));
        return new Recognition(fields, vat, lines, List.of());
    }

    /** The sum of the items' amounts, when every item has one; a row without words is no item (a total below the table). */
    private static java.util.Optional<BigDecimal> itemsSum(List<LineItem> lines) {
        List<LineItem> items = lines.stream().filter(l -> l.description() != null && !l.description().isBlank()).toList();
        if (items.isEmpty() || items.stream().anyMatch(l -> l.amount() == null)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(items.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The IBANs outside the buyer's block are the supplier's: an invoice asks to be paid there. */
    private static Scored payee(List<Spot<String>> ibans, PartyReader parties) {
        Scored scored = new Scored();
        for (Spot<String> iban : ibans) {
            scored.add(iban.value(), iban, (parties.inBuyerBlock(iban.page(), iban.box()) ? 0.1 : 1.0) * iban.nearness());
        }
        return scored;
    }

    private static Scored first(List<Spot<String>> spots) {
        Scored scored = new Scored();
        spots.forEach(s -> scored.add(s.value(), s, s.nearness() > 0 ? s.nearness() : 1.0));
        return scored;
    }

    private static Scored.Choice documentType(Reading reading, Map<FieldKey, FieldValue> fields) {
        boolean creditNote = reading.hits(Concept.CREDIT_NOTE).stream()
                .anyMatch(h -> h.phrase().page == 1 && h.phrase().box.y0() < 0.5);
        FieldValue gross = fields.get(FieldKey.GROSS_TOTAL);
        if (gross != null && new BigDecimal(gross.value()).signum() < 0) {
            creditNote = true;
        }
        String type = creditNote ? "credit_note" : "invoice";
        return new Scored.Choice(new Candidate(type, type, creditNote ? 0.9 : 0.8, 0, null), List.of());
    }

    /**
     * Puts the best candidate when its score reaches half of {@code sureScore}; below {@code sureScore}
     * its confidence is lowered, so the operator looks at it.
     */
    private static void put(Map<FieldKey, FieldValue> fields, FieldKey key, Scored scored, double confidence, double sureScore) {
        put(fields, key, scored, confidence, sureScore, sureScore * 0.5);
    }

    private static void put(Map<FieldKey, FieldValue> fields, FieldKey key, Scored scored, double confidence, double minimumScore, double floor) {
        if (scored.isEmpty() || scored.ranked().getFirst().getValue() < floor) {
            return;
        }
        double best = scored.ranked().getFirst().getValue();
        scored.choose(best >= minimumScore ? confidence : confidence * 0.75).ifPresent(c -> put(fields, key, c));
    }

    private static void put(Map<FieldKey, FieldValue> fields, FieldKey key, Scored.Choice choice) {
        // A total that stands nowhere on the page was worked out from the others.
        boolean derived = key.kind() == FieldKey.Kind.AMOUNT && choice.chosen().box() == null;
        fields.put(key, FieldValue.of(key, choice.chosen(), derived ? Source.DERIVED : Source.LAYOUT, choice.others()));
    }
}
