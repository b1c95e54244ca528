package io.verifact.capture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a country's invoices print amounts, quantities, rates and dates: {@code 1 234,56 €} in France,
 * {@code 1.234,56 €} in Belgium and Germany, {@code € 1.234,56} in the Netherlands.
 *
 * @param euroFirst whether the euro sign stands before the amount
 * @param spacedPercent whether a space stands between a rate and its percent sign
 */
record Numbers(char grouping, char decimal, boolean euroFirst, boolean spacedPercent, DateTimeFormatter dates) {

    static Numbers of(char grouping, char decimal, boolean euroFirst, boolean spacedPercent, String datePattern) {
        return new Numbers(grouping, decimal, euroFirst, spacedPercent, DateTimeFormatter.ofPattern(datePattern, Locale.ROOT));
    }

    String amount(BigDecimal value) {
        return format("#,##0.00", value.setScale(2, RoundingMode.HALF_UP));
    }

    String money(BigDecimal value) {
        return euroFirst ? "€ " + amount(value) : amount(value) + " €";
    }

    String quantity(BigDecimal value) {
        return format("#,##0.###", value);
    }

    String rate(BigDecimal percent) {
        return format("0.##", percent) + (spacedPercent ? " %" : "%");
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    private String format(String pattern, BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        symbols.setMinusSign('-');
        return new DecimalFormat(pattern, symbols).format(value);
    }
}
