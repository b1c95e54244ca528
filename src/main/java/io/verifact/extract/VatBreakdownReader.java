package io.verifact.extract;

import io.verifact.model.VatLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The VAT breakdown: lines that hold a rate, a base and a tax where base × rate = tax. The arithmetic
 * alone tells a breakdown line from an invoice line, whatever the layout. Where a rate's line allows
 * more than one base, the one that makes the breakdown add up to the printed net total is taken.
 */
final class VatBreakdownReader {

    /** A rate printed bare in a column of rates: "20", "5,5". */
    private static final Pattern BARE_RATE = Pattern.compile("\\d{1,2}(?:[.,]\\d{1,2})?");
    private static final Screened PERCENT = Screened.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,3})?)\\s*%");
    /** Rates charged somewhere in Europe; a bare number is taken as a rate only when it is one of them. */
    private static final Set<BigDecimal> KNOWN_RATES = Set.of(
            "0", "2.1", "2.5", "3", "4", "5", "5.5", "6", "7", "7.7", "8", "8.1", "9", "10", "12", "13", "14", "15", "16", "17",
            "18", "19", "20", "21", "22", "23", "24", "25", "25.5", "27").stream().map(BigDecimal::new).map(BigDecimal::stripTrailingZeros).collect(java.util.stream.Collectors.toSet());
    /** What a column of rates is headed with: a percent sign, or a word for the rate or the tax. */
    private static final Pattern RATE_HEADER = Pattern.compile("%|satz|rate|taux|tarief|prozent|percent|mwst|ust|vat|tax|tva|btw|steuer");
    private static final BigDecimal CENT = new BigDecimal("0.011");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How far above a rate's line its header may stand, over the other rows of the table. */
    private static final int HEADER_REACH = 8;
    /** How far beside a number, as a share of the page width, a header may stand and still head its column. */
    private static final double COLUMN_REACH = 0.08;
    /** How far above a "VAT 19 %" line the net it applies to may stand, in a block of totals. */
    private static final int BASE_REACH = 2;
    /** More combinations than this are not weighed against the totals: the largest bases are kept. */
    private static final int MAX_COMBINATIONS = 512;

    private VatBreakdownReader() {
    }

    /** A breakdown line and where it was printed. */
    record Found(VatLine line, Spot<BigDecimal> base, Spot<BigDecimal> tax) {
    }

    static List<Found> read(Reading reading) {
        // Every reading of each rate's line that adds up; a summary printed later on the invoice wins
        // over a line printed earlier with the same rate.
        Map<BigDecimal, List<Found>> byRate = new LinkedHashMap<>();
        Set<Phrase> nets = labelledPhrases(reading, Concept.NET);
        for (int page = 1; page <= reading.layout.pageCount(); page++) {
            List<Line> lines = reading.layout.lines(page);
            for (int i = 0; i < lines.size(); i++) {
                // A rate printed twice on a line is one rate to read.
                List<BigDecimal> rates = rates(lines, i, reading).stream().distinct().toList();
                if (rates.isEmpty()) {
                    continue;
                }
                List<Spot<BigDecimal>> amounts = money(lines.get(i), reading);
                for (BigDecimal rate : rates) {
                    List<Found> fits = fits(rate, amounts, amounts);
                    if (fits.isEmpty() && rate.signum() != 0 && namesTax(lines.get(i))) {
                        fits = fits(rate, netsAbove(lines, i, nets, reading), amounts);
                    }
                    if (!fits.isEmpty()) {
                        byRate.remove(rate);
                        byRate.put(rate, fits);
                    }
                }
            }
        }
        return choose(byRate, reading);
    }

    /** Whether every VAT rate printed on the invoice is zero: an exempt invoice, with no tax to find. */
    static boolean onlyZeroRates(Reading reading) {
        List<BigDecimal> all = new ArrayList<>();
        for (Line line : reading.layout.allLines()) {
            for (MatchResult m : PERCENT.all(line.text())) {
                Amounts.parse(m.group(1), Amounts.Style.COMMA).ifPresent(all::add);
            }
        }
        return !all.isEmpty() && all.stream().allMatch(r -> r.signum() == 0);
    }

    /** The pairs of a base and a tax at this rate, the largest base first. */
    private static List<Found> fits(BigDecimal rate, List<Spot<BigDecimal>> bases, List<Spot<BigDecimal>> taxes) {
        List<Found> fits = new ArrayList<>();
        // The same base and tax printed again on the line is the same reading: a line of thousands of
        // amounts keeps one of each pair of values.
        Set<List<BigDecimal>> seen = new java.util.HashSet<>();
        for (Spot<BigDecimal> base : bases) {
            if (base.value().signum() == 0 && rate.signum() != 0) {
                continue;
            }
            BigDecimal expected = base.value().multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            for (Spot<BigDecimal> tax : taxes) {
                // At 0 % any zero is "the tax": only one printed after its base counts.
                if (base != tax && expected.subtract(tax.value()).abs().compareTo(CENT) <= 0 && (rate.signum() != 0 || after(tax, base))
                        && seen.add(List.of(base.value(), tax.value()))) {
                    fits.add(new Found(new VatLine(rate.setScale(2, RoundingMode.HALF_UP), base.value(), tax.value()), base, tax));
                }
            }
        }
        fits.sort(Comparator.comparing((Found f) -> f.base().value().abs()).reversed());
        return fits;
    }

    /** Whether one value is printed after (right of) another on the same line, in one phrase or two. */
    private static boolean after(Spot<BigDecimal> later, Spot<BigDecimal> earlier) {
        return later.phrase() == earlier.phrase() ? later.start() > earlier.start() : later.box().x0() > earlier.box().x0();
    }

    /**
     * One reading per rate: the one whose bases add up to a printed net total and whose taxes add up
     * to a printed tax total, else the largest bases.
     */
    private static List<Found> choose(Map<BigDecimal, List<Found>> byRate, Reading reading) {
        List<List<Found>> options = List.copyOf(byRate.values());
        long combinations = 1;
        for (List<Found> o : options) {
            combinations = Math.min(combinations * o.size(), MAX_COMBINATIONS + 1);
        }
        List<Found> largest = options.stream().map(List::getFirst).toList();
        if (combinations == 1 || combinations > MAX_COMBINATIONS) {
            return largest;
        }
        Set<BigDecimal> netTotals = printedTotals(reading, Concept.NET);
        Set<BigDecimal> taxTotals = printedTotals(reading, Concept.TAX);
        List<Found> best = largest;
        int bestScore = score(largest, netTotals, taxTotals);
        int[] pick = new int[options.size()];
        for (long n = 1; n < combinations; n++) {
            // The next combination, counting in a mixed radix of each rate's number of readings.
            for (int k = 0; k < pick.length; k++) {
                pick[k]++;
                if (pick[k] < options.get(k).size()) {
                    break;
                }
                pick[k] = 0;
            }
            List<Found> chosen = new ArrayList<>();
            for (int k = 0; k < pick.length; k++) {
                chosen.add(options.get(k).get(pick[k]));
            }
            int score = score(chosen, netTotals, taxTotals);
            if (score > bestScore) {
                best = chosen;
                bestScore = score;
            }
        }
        return List.copyOf(best);
    }

    private static int score(List<Found> lines, Set<BigDecimal> netTotals, Set<BigDecimal> taxTotals) {
        BigDecimal bases = lines.stream().map(f -> f.line().base()).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        BigDecimal taxes = lines.stream().map(f -> f.line().tax()).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        return (netTotals.contains(bases) ? 2 : 0) + (taxTotals.contains(taxes) ? 1 : 0);
    }

    /** The amounts printed right after a label of this total. */
    private static Set<BigDecimal> printedTotals(Reading reading, Concept concept) {
        Set<BigDecimal> totals = new HashSet<>();
        for (Labels.Hit hit : reading.hits(concept)) {
            for (Spot<BigDecimal> spot : reading.search.after(hit, reading::money)) {
                totals.add(spot.value().stripTrailingZeros());
            }
        }
        return totals;
    }

    private static Set<Phrase> labelledPhrases(Reading reading, Concept concept) {
        Set<Phrase> phrases = Collections.newSetFromMap(new IdentityHashMap<>());
        reading.hits(concept).forEach(hit -> phrases.add(hit.phrase()));
        return phrases;
    }

    /** The amounts of the net total printed just above a line: "Net 845.00" over "VAT 19 % 160.55". */
    private static List<Spot<BigDecimal>> netsAbove(List<Line> lines, int i, Set<Phrase> nets, Reading reading) {
        List<Spot<BigDecimal>> found = new ArrayList<>();
        for (int j = i - 1; j >= Math.max(0, i - BASE_REACH); j--) {
            Line line = lines.get(j);
            if (line.phrases().stream().anyMatch(nets::contains)) {
                found.addAll(money(line, reading));
                break;
            }
        }
        return found;
    }

    /**
     * Whether a line that prints a rate and one amount under the net may be the tax's: not a surcharge or
     * a discount at a rate ("Brandstoftoeslag 8,5%", "Skonto 2 %", "Service charge 10%"), unless a tax's
     * word is on it too.
     */
    private static boolean namesTax(Line line) {
        return !CHARGE.matcher(line.folded()).find()
                || line.phrases().stream().anyMatch(p -> Labels.find(p).stream().anyMatch(h -> h.concept() == Concept.TAX));
    }

    /** Charges and deductions reckoned at a rate of the net, which are no tax. */
    private static final Pattern CHARGE = Pattern.compile("toeslag|zuschlag|surcharge|supplement|discount|rabatt|remise|korting|skonto"
            + "|escompte|sconto|descuento|desconto|rebate|(?<![a-z])(?:fees?|frais|gebuhr|provision|commission|tip|service|fuel)(?![a-z])"
            + "|trinkgeld|pourboire|brandstof|kraftstoff|carburant");

    private static List<Spot<BigDecimal>> money(Line line, Reading reading) {
        List<Spot<BigDecimal>> amounts = new ArrayList<>();
        for (Phrase p : line.phrases()) {
            amounts.addAll(reading.money(p, 0));
        }
        return amounts;
    }

    private static List<BigDecimal> rates(List<Line> lines, int i, Reading reading) {
        Line line = lines.get(i);
        List<BigDecimal> rates = new ArrayList<>();
        for (MatchResult m : PERCENT.all(line.text())) {
            Amounts.parse(m.group(1), Amounts.Style.COMMA.equals(reading.style) || m.group(1).contains(",") ? Amounts.Style.COMMA : Amounts.Style.POINT)
                    .map(BigDecimal::stripTrailingZeros)
                    .filter(r -> r.compareTo(BigDecimal.valueOf(30)) <= 0)
                    .ifPresent(rates::add);
        }
        if (rates.isEmpty()) {
            // Tables often print the rate as a bare number, in a column its header names as the rate.
            for (Phrase p : line.phrases()) {
                String bare = p.text.strip();
                if (BARE_RATE.matcher(bare).matches() && underRateHeader(lines, i, p)) {
                    Amounts.parse(bare, bare.contains(",") ? Amounts.Style.COMMA : Amounts.Style.POINT)
                            .map(BigDecimal::stripTrailingZeros)
                            .filter(KNOWN_RATES::contains)
                            .ifPresent(rates::add);
                }
            }
        }
        return rates;
    }

    /**
     * Whether a bare number stands under a header that names a rate: going up past the table's other
     * rows, the first cell of words over the number.
     */
    private static boolean underRateHeader(List<Line> lines, int i, Phrase number) {
        for (int j = i - 1; j >= Math.max(0, i - HEADER_REACH); j--) {
            Phrase over = null;
            double distance = COLUMN_REACH;
            for (Phrase cell : lines.get(j).phrases()) {
                // Negative when the two overlap: the more they share, the nearer.
                double d = Math.max(cell.box.x0(), number.box.x0()) - Math.min(cell.box.x1(), number.box.x1());
                if (d < distance) {
                    distance = d;
                    over = cell;
                }
            }
            if (over != null && Text.digits(over.text) == 0) {
                return RATE_HEADER.matcher(over.folded).find();
            }
        }
        return false;
    }
}
