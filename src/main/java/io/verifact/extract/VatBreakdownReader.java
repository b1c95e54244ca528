package io.verifact.extract;

import io.verifact.model.VatLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The VAT breakdown: lines that hold a rate, a base and a tax where base × rate = tax. The arithmetic
 * alone tells a breakdown line from an invoice line, whatever the layout.
 */
final class VatBreakdownReader {

    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,3})?)\\s*%");
    /** Rates charged somewhere in Europe; a bare number is taken as a rate only when it is one of them. */
    private static final Set<BigDecimal> KNOWN_RATES = Set.of(
            "0", "2.1", "2.5", "3", "4", "5", "5.5", "6", "7", "7.7", "8", "8.1", "9", "10", "12", "13", "14", "15", "16", "17",
            "18", "19", "20", "21", "22", "23", "24", "25", "25.5", "27").stream().map(BigDecimal::new).map(BigDecimal::stripTrailingZeros).collect(java.util.stream.Collectors.toSet());

    private VatBreakdownReader() {
    }

    /** A breakdown line and where it was printed. */
    record Found(VatLine line, Spot<BigDecimal> base, Spot<BigDecimal> tax) {
    }

    static List<Found> read(Reading reading) {
        Map<BigDecimal, Found> byRate = new LinkedHashMap<>();
        for (Line line : reading.layout.allLines()) {
            List<BigDecimal> rates = rates(line, reading);
            if (rates.isEmpty()) {
                continue;
            }
            List<Spot<BigDecimal>> amounts = new ArrayList<>();
            for (Phrase p : line.phrases()) {
                amounts.addAll(reading.money(p, 0));
            }
            for (BigDecimal rate : rates) {
                Found best = null;
                for (Spot<BigDecimal> base : amounts) {
                    for (Spot<BigDecimal> tax : amounts) {
                        if (base == tax || base.value().signum() == 0 && rate.signum() != 0) {
                            continue;
                        }
                        BigDecimal expected = base.value().multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                        boolean fits = expected.subtract(tax.value()).abs().compareTo(new BigDecimal("0.011")) <= 0
                                && (rate.signum() != 0 || tax.start() > base.start());
                        if (fits && (best == null || base.value().abs().compareTo(best.base().value().abs()) > 0)) {
                            best = new Found(new VatLine(rate.setScale(2, RoundingMode.HALF_UP), base.value(), tax.value()), base, tax);
                        }
                    }
                }
                if (best != null) {
                    // A summary printed later on the invoice wins over a line printed earlier with the same rate.
                    byRate.remove(rate);
                    byRate.put(rate, best);
                }
            }
        }
        return List.copyOf(byRate.values());
    }

    /** Whether every VAT rate printed on the invoice is zero: an exempt invoice, with no tax to find. */
    static boolean onlyZeroRates(Reading reading) {
        List<BigDecimal> all = new ArrayList<>();
        for (Line line : reading.layout.allLines()) {
            Matcher m = PERCENT.matcher(line.text());
            while (m.find()) {
                Amounts.parse(m.group(1), Amounts.Style.COMMA).ifPresent(all::add);
            }
        }
        return !all.isEmpty() && all.stream().allMatch(r -> r.signum() == 0);
    }

    private static List<BigDecimal> rates(Line line, Reading reading) {
        List<BigDecimal> rates = new ArrayList<>();
        {
            Matcher m = PERCENT.matcher(line.text());
            while (m.find()) {
                Amounts.parse(m.group(1), Amounts.Style.COMMA.equals(reading.style) || m.group(1).contains(",") ? Amounts.Style.COMMA : Amounts.Style.POINT)
                        .map(BigDecimal::stripTrailingZeros)
                        .filter(r -> r.compareTo(BigDecimal.valueOf(30)) <= 0)
                        .ifPresent(rates::add);
            }
        }
        if (rates.isEmpty()) {
            // Tables often print the rate as a bare number in a column of its own.
            for (Phrase p : line.phrases()) {
                String bare = p.text.strip();
                if (bare.matches("\\d{1,2}(?:[.,]\\d{1,2})?")) {
                    Amounts.parse(bare, bare.contains(",") ? Amounts.Style.COMMA : Amounts.Style.POINT)
                            .map(BigDecimal::stripTrailingZeros)
                            .filter(KNOWN_RATES::contains)
                            .ifPresent(rates::add);
                }
            }
        }
        return rates;
    }
}
