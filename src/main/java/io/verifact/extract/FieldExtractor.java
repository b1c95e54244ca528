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
import java.util.List;
import java.util.Map;

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
        Map<String, Candidate> taught = MaskReader.read(mask, pages, customKinds, eyes);
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

    public Recognition extract(List<PageText> pages) {
        Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
        if (pages.stream().allMatch(p -> p.words().isEmpty())) {
            return new Recognition(fields, List.of(), List.of(), List.of());
        }
        Reading reading = new Reading(new Layout(pages));
        List<VatBreakdownReader.Found> breakdown = VatBreakdownReader.read(reading);

        new TotalsReader(reading, breakdown).read().forEach((key, choice) -> put(fields, key, choice));
        new DatesReader(reading, LocalDate.now(clock)).read().forEach((key, choice) -> put(fields, key, choice));
        ReferenceReader references = new ReferenceReader(reading);
        put(fields, FieldKey.INVOICE_NUMBER, references.read(Concept.INVOICE_NUMBER), 0.95, 0.9);
        put(fields, FieldKey.PO_NUMBER, references.read(Concept.PO_NUMBER), 0.9, 0.9);

        PartyReader parties = new PartyReader(reading);
        put(fields, FieldKey.BUYER_NAME, parties.buyerName(), 0.8, 0);
        parties.supplier().ifPresent(c -> put(fields, FieldKey.SUPPLIER_NAME, c));

        IdentifierReader identifiers = new IdentifierReader(reading);
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

        new CurrencyReader(reading).read().ifPresent(c -> put(fields, FieldKey.CURRENCY, c));
        put(fields, FieldKey.DOCUMENT_TYPE, documentType(reading, fields));

        List<VatLine> vat = new ArrayList<>();
        breakdown.forEach(f -> vat.add(f.line()));
        List<LineItem> lines = new LineItemReader(reading).read();
        return new Recognition(fields, vat, lines, List.of());
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
        fields.put(key, FieldValue.of(key, choice.chosen(), Source.LAYOUT, choice.others()));
    }
}
