package io.verifact.extract;

import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The invoice date and the due date, by their labels, and the due date from payment terms. */
final class DatesReader {

    private static final Screened TERMS_DAYS = Screened.compile(
            "(?:innerhalb(?:\\s*von)?|within|sous|binnen|dans\\s*les|a|net|netto|zahlbar\\s*in)\\s*(\\d{1,3})\\s*(?:tagen|tage|days|jours|dagen|d)(?![a-z])"
                    + "|(\\d{1,3})\\s*(?:tage|days|jours|dagen)\\s*(?:netto|net|nach|after|apres|na)");

    private static final Pattern DISCOUNT = Pattern.compile("skonto|escompte|discount|korting|remise");

    /** A sentence that asks for the payment or says when it will be taken: its date is the due date. */
    private static final Screened PAY_SENTENCE = Screened.compile("(?<![a-z])(?:abgebucht|eingezogen|abbuchung|lastschrift|uberweis|zahlen|bezahlen|begleichen"
            + "|afgeschreven|geincasseerd|incasso|overmaken|over\\s*te\\s*maken|betalen|voldoen|preleve|prelevement|payer|regler|pay(?:able|ment)?(?![a-z])|debited|collected"
            + "|zahlung|cargo|cargar[aá]?|pagar|addebit|domicili)");

    /** A sentence that says a payment was made or a refund will be: its date is no due date. */
    private static final Pattern PAID = Pattern.compile("(?<![a-z])(?:recu|payee?|regle|acquitte|bezahlt|erhalten|betaald|ontvangen|received|paid|pagado|pagato|thank)(?![a-z])"
            + "|rembours|refund|erstatt|gutgeschrieben|terugbetaal|teruggestort"
            // "Payment date": on a paid invoice, the day it was paid.
            + "|(?:payment|paiement|zahlungs|betaal|pago)\\s*-?\\s*(?:date|datum)|date\\s*(?:de\\s*|du\\s*)?(?:paiement|reglement)|fecha\\s*de\\s*pago");

    private final Reading reading;
    private final LocalDate today;
    private final Map<Labels.Hit, List<Spot<LocalDate>>> datesAfter = new HashMap<>();

    DatesReader(Reading reading, LocalDate today) {
        this.reading = reading;
        this.today = today;
    }

    Map<FieldKey, Scored.Choice> read() {
        Map<FieldKey, Scored.Choice> chosen = new EnumMap<>(FieldKey.class);
        Map<String, Double> announced = new HashMap<>();
        Scored issued = labelled(Concept.INVOICE_DATE, announced);
        if (issued.isEmpty()) {
            firstDateOfFirstPage(issued);
        }
        if (!issued.isEmpty()) {
            // Sure only where a precise label stands right before the date; how far down the page it
            // stands ranks the candidates but does not make the best one less sure.
            String best = issued.ranked().getFirst().getKey();
            issued.choose(announced.getOrDefault(best, 0.0) >= 0.9 ? 0.95 : 0.7).ifPresent(c -> chosen.put(FieldKey.INVOICE_DATE, c));
        }
        LocalDate invoiceDate = chosen.containsKey(FieldKey.INVOICE_DATE) ? LocalDate.parse(chosen.get(FieldKey.INVOICE_DATE).chosen().value()) : null;

        Scored due = labelled(Concept.DUE_DATE, new HashMap<>());
        if (invoiceDate != null) {
            due.ranked().stream().map(Map.Entry::getKey).filter(d -> LocalDate.parse(d).isBefore(invoiceDate)).toList()
                    .forEach(d -> due.rescore(d, 0.01));
        }
        if (!due.isEmpty()) {
            // A due date before the invoice date is kept, as printed, with a confidence that asks for a look.
            due.choose(due.ranked().getFirst().getValue() > 0.3 ? 0.9 : 0.5).ifPresent(c -> chosen.put(FieldKey.DUE_DATE, c));
        } else {
            java.util.Optional<Scored.Choice> asked = fromSentences(invoiceDate);
            if (asked.isEmpty() && invoiceDate != null) {
                asked = fromTerms(invoiceDate);
            }
            asked.ifPresent(c -> chosen.put(FieldKey.DUE_DATE, c));
        }
        return chosen;
    }

    /**
     * @param announced filled with how strongly a label announces each date, before the place of
     *        the date on the page is weighed in
     */
    private Scored labelled(Concept concept, Map<String, Double> announced) {
        Scored scored = new Scored();
        for (Labels.Hit hit : reading.hits(concept)) {
            for (Spot<LocalDate> spot : announcedBy(hit)) {
                if (!plausible(spot.value()) || otherLabelBetween(hit, spot)) {
                    continue;
                }
                // "Payable by the 14th with a 2 % discount" is the discount's date, not the due date.
                double discount = concept == Concept.DUE_DATE && DISCOUNT.matcher(lineText(spot)).find() ? 0.5 : 1;
                double strength = discount * weight(hit) * spot.nearness();
                scored.add(spot.value().toString(), spot, strength - 0.05 * reading.depth(spot.phrase()));
                announced.merge(spot.value().toString(), strength, Math::max);
            }
        }
        // A date announced as a delivery or order date is not the invoice's own, unless the invoice date's own
        // label announces the same date printed in another place: delivered the day it was invoiced.
        for (Labels.Hit other : reading.hits(Concept.OTHER_DATE)) {
            for (Spot<LocalDate> spot : announcedBy(other)) {
                String value = spot.value().toString();
                if (!scored.isEmpty() && scored.score(value) > 0 && scored.score(value) < 0.9 && concept == Concept.INVOICE_DATE
                        && !printedAgainForIssue(spot)) {
                    scored.rescore(value, scored.score(value) * 0.5);
                    announced.put(value, 0.0);
                }
            }
        }
        return scored;
    }

    /**
     * The dates a label announces, looked for once: the invoice's date, the dates that are another's and
     * the fallback on the first date all ask. A column's first row is the date announced, not its last.
     */
    private List<Spot<LocalDate>> announcedBy(Labels.Hit hit) {
        return datesAfter.computeIfAbsent(hit, h -> reading.search.after(h, reading::dates, false));
    }

    /** Whether a precise label of the invoice's date announces the same date, printed in another place. */
    private boolean printedAgainForIssue(Spot<LocalDate> other) {
        return reading.hits(Concept.INVOICE_DATE).stream().filter(hit -> hit.weight() >= 1)
                .flatMap(hit -> announcedBy(hit).stream().limit(1))
                .anyMatch(spot -> spot.value().equals(other.value()) && !(spot.phrase() == other.phrase() && spot.start() == other.start()));
    }

    /** The dates a label of each kind announces: one of the others between a label and a date claims the date. */
    private static final List<Concept> DATE_LABELS = List.of(Concept.INVOICE_DATE, Concept.DUE_DATE, Concept.OTHER_DATE);

    /**
     * "… 30 days from the invoice date — due 13/04/2025": in one sentence, the date belongs to the
     * label nearest before it.
     */
    private static boolean otherLabelBetween(Labels.Hit hit, Spot<LocalDate> spot) {
        return spot.phrase() == hit.phrase() && Labels.find(hit.phrase()).stream()
                .anyMatch(other -> other.concept() != hit.concept() && DATE_LABELS.contains(other.concept())
                        && other.start() >= hit.end() && other.end() <= spot.start());
    }

    /**
     * "Invoice No. 123 of 30.10.2018": a bare "of" is an invoice date label only after the invoice's
     * number, on its line or opening the line just below it.
     */
    private double weight(Labels.Hit hit) {
        if (hit.concept() == Concept.INVOICE_DATE && hit.weight() < 0.5) {
            Phrase at = hit.phrase();
            boolean afterNumber = reading.hits(Concept.INVOICE_NUMBER).stream().filter(n -> n.weight() >= 0.9)
                    .anyMatch(n -> n.phrase() == at ? n.end() <= hit.start()
                            : n.phrase().page == at.page && (n.phrase().lineIndex == at.lineIndex && n.phrase().box.x1() <= at.box.x0()
                                    || n.phrase().lineIndex == at.lineIndex - 1 && hit.start() == 0 && Math.abs(n.phrase().box.x0() - at.box.x0()) < 0.02));
            return afterNumber ? 0.9 : 0.2;
        }
        return hit.weight();
    }

    private void firstDateOfFirstPage(Scored scored) {
        // A date announced as another's (a delivery, the invoice a credit note corrects) is not the first date.
        List<Spot<LocalDate>> others = reading.hits(Concept.OTHER_DATE).stream()
                .flatMap(hit -> announcedBy(hit).stream()).toList();
        for (Line line : reading.layout.lines(1)) {
            for (Phrase p : line.phrases()) {
                for (Spot<LocalDate> spot : reading.dates(p, 0)) {
                    if (plausible(spot.value()) && others.stream().noneMatch(o -> o.overlaps(spot))) {
                        scored.add(spot.value().toString(), spot, 0.3);
                        return;
                    }
                }
            }
        }
    }

    /**
     * "Der Betrag wird am 18.03.2026 abgebucht", "Gelieve vóór 18 maart 2026 te betalen": a date in a
     * sentence about paying, on or after the invoice date, where no label announced a due date.
     */
    private java.util.Optional<Scored.Choice> fromSentences(LocalDate invoiceDate) {
        for (Phrase p : reading.layout.allPhrases()) {
            boolean asks = PAY_SENTENCE.first(p.folded) != null;
            List<Spot<LocalDate>> printed = reading.dates(p, 0);
            if (!asks && printed.isEmpty()) {
                // Most phrases neither ask for payment nor hold a date: the next line is only read for those that do.
                continue;
            }
            String next = nextLineBelow(p);
            if (!asks && PAY_SENTENCE.first(next) == null || PAID.matcher(p.folded).find() || PAID.matcher(next).find()) {
                continue;
            }
            // "… debited from your account by SEPA direct debit on" / "11 March 2026.": the date on the next line.
            List<Spot<LocalDate>> dates = !printed.isEmpty() ? printed
                    : nextPhraseBelow(p).map(below -> reading.dates(below, 0)).orElse(List.of());
            for (Spot<LocalDate> spot : dates) {
                if (plausible(spot.value()) && (invoiceDate == null || !spot.value().isBefore(invoiceDate))) {
                    return java.util.Optional.of(new Scored.Choice(
                            new Candidate(spot.value().toString(), spot.printed(), 0.7, spot.page(), spot.box()), List.of()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** What a sentence goes on with on the next line: the phrase starting under the phrase's start. */
    private String nextLineBelow(Phrase p) {
        return nextPhraseBelow(p).map(q -> q.folded).orElse("");
    }

    private java.util.Optional<Phrase> nextPhraseBelow(Phrase p) {
        List<Line> lines = reading.layout.lines(p.page);
        if (p.lineIndex + 1 >= lines.size()) {
            return java.util.Optional.empty();
        }
        return lines.get(p.lineIndex + 1).phrases().stream()
                .filter(q -> Math.abs(q.box.x0() - p.box.x0()) < 0.02 && q.box.y0() - p.box.y1() < p.height()).findFirst();
    }

    private java.util.Optional<Scored.Choice> fromTerms(LocalDate invoiceDate) {
        for (Phrase p : reading.layout.allPhrases()) {
            MatchResult m = TERMS_DAYS.first(p.folded);
            if (m != null && !PAID.matcher(p.folded).find()) {
                int days = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (days > 0 && days <= 180) {
                    String due = invoiceDate.plusDays(days).toString();
                    return java.util.Optional.of(new Scored.Choice(
                            new Candidate(due, p.text.substring(m.start(), m.end()), 0.6, p.page, p.boxOf(m.start(), m.end())), List.of()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private String lineText(Spot<?> spot) {
        return Fold.fold(reading.layout.lineOf(spot.phrase()).text());
    }

    private boolean plausible(LocalDate date) {
        return date.getYear() >= 1990 && !date.isAfter(today.plusYears(2));
    }
}
