package io.verifact.extract;

import io.verifact.model.VatLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a VAT breakdown read from a zone: its rate, the base it applies to and the tax, whichever
 * order the supplier prints them in. A zone's field for the n-th row is {@code vat_row_n}.
 */
public final class VatRowReader {

    private static final Pattern FIELD = Pattern.compile("vat_row_([1-9])");
    private static final Pattern RATE = Pattern.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,3})?)\\s?%");
    private static final BigDecimal CENT_TOLERANCE = new BigDecimal("0.02");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private VatRowReader() {
    }

    /** The row a zone's field stands for, from 1; empty when the field is not a VAT row. */
    public static Optional<Integer> row(String field) {
        Matcher m = FIELD.matcher(field);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** A row as one field value: {@code rate base tax}, plain decimals. */
    public static String write(VatLine line) {
        return line.rate().toPlainString() + " " + line.base().toPlainString() + " " + line.tax().toPlainString();
    }

    public static Optional<VatLine> parse(String value) {
        String[] parts = value.split(" ");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VatLine(new BigDecimal(parts[0]), new BigDecimal(parts[1]), new BigDecimal(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The row the text makes: the printed rate, and the two amounts of which one is that rate of the other. */
    static Optional<VatLine> read(String text, Amounts.Style style) {
        Matcher rate = RATE.matcher(text);
        BigDecimal printedRate = null;
        String rest = text;
        if (rate.find()) {
            printedRate = Amounts.parse(rate.group(1), style).orElse(null);
            rest = text.substring(0, rate.start()) + " " + text.substring(rate.end());
        }
        List<BigDecimal> amounts = new ArrayList<>(Amounts.find(rest, style).stream().map(Amounts.Found::value).toList());
        if (printedRate == null && amounts.size() >= 3 && amounts.getFirst().compareTo(HUNDRED) < 0) {
            printedRate = amounts.removeFirst();
        }
        if (amounts.size() < 2) {
            return Optional.empty();
        }
        for (int b = 0; b < amounts.size(); b++) {
            for (int t = 0; t < amounts.size(); t++) {
                BigDecimal base = amounts.get(b);
                BigDecimal tax = amounts.get(t);
                if (b == t || base.abs().compareTo(tax.abs()) < 0) {
                    continue;
                }
                if (printedRate != null && base.multiply(printedRate).divide(HUNDRED, 2, RoundingMode.HALF_UP)
                        .subtract(tax).abs().compareTo(CENT_TOLERANCE) <= 0) {
                    return Optional.of(new VatLine(scaled(printedRate), scaled(base), scaled(tax)));
                }
            }
        }
        if (printedRate == null) {
            return Optional.empty();
        }
        // Nothing adds up: the row as printed, the larger amount as the base; the totals check tells the operator.
        BigDecimal first = amounts.get(amounts.size() - 2);
        BigDecimal second = amounts.getLast();
        boolean firstIsBase = first.abs().compareTo(second.abs()) >= 0;
        return Optional.of(new VatLine(scaled(printedRate), scaled(firstIsBase ? first : second), scaled(firstIsBase ? second : first)));
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v.scale() < 2 ? v.setScale(2) : v;
    }
}
