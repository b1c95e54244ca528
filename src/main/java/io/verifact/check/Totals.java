package io.verifact.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.verifact.model.CheckResult;
import io.verifact.model.VatLine;

/** The arithmetic of an invoice's totals and VAT breakdown, within the rounding invoices really carry. */
public final class Totals {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // Invoices that round the tax item by item drift from base × rate by up to half a cent an item;
    // a cent per thousand of base leaves room for that on large invoices without hiding a misread digit.
    private static final BigDecimal ITEM_ROUNDING_PER_UNIT_OF_BASE = new BigDecimal("0.00001");

    private Totals() {
    }

    /** Net plus tax makes gross, within a cent. */
    public static CheckResult totals(BigDecimal net, BigDecimal tax, BigDecimal gross) {
        Objects.requireNonNull(gross, "gross");
        BigDecimal sum = net.add(tax);
        String arithmetic = net.toPlainString() + signed(tax) + " = " + sum.toPlainString();
        BigDecimal off = sum.subtract(gross).abs();
        if (off.signum() == 0) {
            return new CheckResult("totals", true, arithmetic);
        }
        return off.compareTo(CENT) <= 0
                ? new CheckResult("totals", true, arithmetic + ", printed " + gross.toPlainString() + ", within a cent")
                : new CheckResult("totals", false, arithmetic + ", not " + gross.toPlainString());
    }

    /**
     * The breakdown's bases make the net and its taxes the tax, within a cent a line, and each line's
     * tax is its rate of its base. Lines without a rate are summed but not rated.
     */
    public static CheckResult breakdown(List<VatLine> lines, BigDecimal net, BigDecimal tax) {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        if (lines.isEmpty()) {
            return new CheckResult("vat_breakdown", false, "no VAT lines");
        }
        if (lines.stream().anyMatch(l -> l.base() == null || l.tax() == null)) {
            return new CheckResult("vat_breakdown", false, "a VAT line has no base or no tax");
        }
        BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(lines.size()));
        BigDecimal bases = lines.stream().map(VatLine::base).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal taxes = lines.stream().map(VatLine::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> problems = new ArrayList<>();
        if (bases.subtract(net).abs().compareTo(tolerance) > 0) {
            problems.add("bases add up to " + bases.toPlainString() + ", not the net " + net.toPlainString());
        }
        if (taxes.subtract(tax).abs().compareTo(tolerance) > 0) {
            problems.add("taxes add up to " + taxes.toPlainString() + ", not the tax " + tax.toPlainString());
        }
        lines.stream().filter(l -> l.rate() != null).forEach(l -> rateProblem(l).ifPresent(problems::add));
        return problems.isEmpty()
                ? new CheckResult("vat_breakdown", true, lines.size() + (lines.size() == 1 ? " VAT line" : " VAT lines")
                        + ": bases add up to " + bases.toPlainString() + ", taxes to " + taxes.toPlainString()
                        + ", each tax fits its rate")
                : new CheckResult("vat_breakdown", false, String.join("; ", problems));
    }

    /**
     * What remains to pay is at most the gross; less means part was already settled (a deposit, a
     * credit), which is worth showing but not an error. Compared in size, so credit notes printed with
     * or without their minus signs pass alike.
     */
    public static CheckResult amountDue(BigDecimal due, BigDecimal gross) {
        BigDecimal settled = gross.abs().subtract(due.abs());
        if (settled.signum() < 0) {
            return new CheckResult("amount_due", false,
                    "amount due " + due.toPlainString() + " is more than the gross " + gross.toPlainString());
        }
        return new CheckResult("amount_due", true, settled.signum() == 0
                ? "amount due " + due.toPlainString() + " is the gross"
                : "amount due " + due.toPlainString() + " of gross " + gross.toPlainString() + ", "
                        + settled.toPlainString() + " already settled");
    }

    private static Optional<String> rateProblem(VatLine line) {
        BigDecimal expected = line.base().multiply(line.rate()).divide(HUNDRED);
        BigDecimal allowance = CENT.max(line.base().abs().multiply(ITEM_ROUNDING_PER_UNIT_OF_BASE));
        if (expected.subtract(line.tax()).abs().compareTo(allowance) <= 0) {
            return Optional.empty();
        }
        BigDecimal shown = expected.setScale(Math.max(2, line.tax().scale()), RoundingMode.HALF_UP);
        return Optional.of(line.rate().stripTrailingZeros().toPlainString() + "% of "
                + line.base().toPlainString() + " is " + shown.toPlainString() + ", not " + line.tax().toPlainString());
    }

    private static String signed(BigDecimal amount) {
        return amount.signum() < 0 ? " - " + amount.negate().toPlainString() : " + " + amount.toPlainString();
    }
}
