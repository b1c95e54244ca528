package io.verifact.check;

import static io.verifact.model.FieldKey.AMOUNT_DUE;
import static io.verifact.model.FieldKey.BUYER_VAT;
import static io.verifact.model.FieldKey.DUE_DATE;
import static io.verifact.model.FieldKey.GROSS_TOTAL;
import static io.verifact.model.FieldKey.INVOICE_DATE;
import static io.verifact.model.FieldKey.NET_TOTAL;
import static io.verifact.model.FieldKey.SUPPLIER_IBAN;
import static io.verifact.model.FieldKey.SUPPLIER_SIREN;
import static io.verifact.model.FieldKey.SUPPLIER_SIRET;
import static io.verifact.model.FieldKey.SUPPLIER_VAT;
import static io.verifact.model.FieldKey.TAX_TOTAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.verifact.model.CheckResult;
import io.verifact.model.FieldKey;
import io.verifact.model.Recognition;

/**
 * Every check an invoice's recognized fields allow. A field that was not found means its checks do
 * not run: absence is for the operator to see on the field, not a failed check.
 */
public final class InvoiceChecks {

    private InvoiceChecks() {
    }

    /** A value whose check fails is at most this sure: the operator looks at it. */
    public static final double DOUBTED = 0.75;

    /**
     * The invoice with its checks run, and every value read whose check fails lowered below sure: a
     * value that fails its check digits or does not add up never carries a high confidence. What the
     * operator typed keeps its own.
     */
    public static Recognition checked(Recognition r, LocalDate today) {
        List<CheckResult> results = run(r, today);
        java.util.Map<FieldKey, io.verifact.model.FieldValue> fields = new java.util.EnumMap<>(FieldKey.class);
        fields.putAll(r.fields());
        for (CheckResult failed : results.stream().filter(c -> !c.ok()).toList()) {
            for (FieldKey key : fieldsOf(failed.name())) {
                io.verifact.model.FieldValue value = fields.get(key);
                if (value != null && value.confidence() > DOUBTED && value.source() != io.verifact.model.Source.OPERATOR) {
                    fields.put(key, new io.verifact.model.FieldValue(key, value.value(), value.source(), DOUBTED, value.page(),
                            value.box(), value.alternatives()));
                }
            }
        }
        return r.withFields(fields).withChecks(results);
    }

    /** The fields a check is about. */
    static List<FieldKey> fieldsOf(String check) {
        return switch (check) {
            case "totals" -> List.of(NET_TOTAL, TAX_TOTAL, GROSS_TOTAL);
            case "vat_breakdown" -> List.of(NET_TOTAL, TAX_TOTAL);
            case "dates" -> List.of(INVOICE_DATE, DUE_DATE);
            case "amount_due" -> List.of(AMOUNT_DUE);
            default -> FieldKey.fromKey(check).map(List::of).orElse(List.of());
        };
    }

    public static List<CheckResult> run(Recognition r, LocalDate today) {
        List<CheckResult> results = new ArrayList<>();
        withAmounts(r, "totals", a -> Totals.totals(a.get(0), a.get(1), a.get(2)), NET_TOTAL, TAX_TOTAL, GROSS_TOTAL)
                .ifPresent(results::add);
        if (!r.vatBreakdown().isEmpty()) {
            withAmounts(r, "vat_breakdown", a -> Totals.breakdown(r.vatBreakdown(), a.get(0), a.get(1)), NET_TOTAL, TAX_TOTAL)
                    .ifPresent(results::add);
        }
        vat(r, SUPPLIER_VAT).ifPresent(results::add);
        vat(r, BUYER_VAT).ifPresent(results::add);
        r.value(SUPPLIER_IBAN).map(InvoiceChecks::iban).ifPresent(results::add);
        r.value(SUPPLIER_SIREN).map(siren -> siren(siren, r.value(SUPPLIER_VAT))).ifPresent(results::add);
        r.value(SUPPLIER_SIRET).map(siret -> siret(siret, r.value(SUPPLIER_SIREN))).ifPresent(results::add);
        r.value(INVOICE_DATE).map(date -> dates(date, r.value(DUE_DATE), today)).ifPresent(results::add);
        withAmounts(r, "amount_due", a -> Totals.amountDue(a.get(0), a.get(1)), AMOUNT_DUE, GROSS_TOTAL)
                .ifPresent(results::add);
        return List.copyOf(results);
    }

    private static Optional<CheckResult> vat(Recognition r, FieldKey key) {
        return r.value(key).map(VatNumbers::checkAnyCountry).map(c -> new CheckResult(key.key(), c.valid(), c.reason()));
    }

    private static CheckResult iban(String iban) {
        Optional<String> problem = Ibans.problem(iban);
        return new CheckResult("supplier_iban", problem.isEmpty(), problem.orElse(iban + " is a valid IBAN"));
    }

    // A SIREN that is not the one inside the supplier's French VAT number is most often the buyer's.
    private static CheckResult siren(String siren, Optional<String> vat) {
        if (!Siren.isValidSiren(siren)) {
            return new CheckResult("supplier_siren", false, "SIREN " + siren + " fails its check digit");
        }
        Optional<String> vatSiren = vat.flatMap(Siren::sirenOfFrenchVat);
        if (vatSiren.isPresent() && !vatSiren.get().equals(siren)) {
            return new CheckResult("supplier_siren", false,
                    "SIREN " + siren + " is not the one in the VAT number " + vat.get() + ", " + vatSiren.get());
        }
        return new CheckResult("supplier_siren", true, "SIREN " + siren + " is valid"
                + (vatSiren.isPresent() ? " and matches the VAT number" : ""));
    }

    private static CheckResult siret(String siret, Optional<String> siren) {
        if (!Siren.isValidSiret(siret)) {
            return new CheckResult("supplier_siret", false, "SIRET " + siret + " fails its check digit");
        }
        if (siren.isPresent() && !siret.startsWith(siren.get())) {
            return new CheckResult("supplier_siret", false,
                    "SIRET " + siret + " does not start with the SIREN " + siren.get());
        }
        return new CheckResult("supplier_siret", true, "SIRET " + siret + " is valid");
    }

    private static CheckResult dates(String invoiceDate, Optional<String> dueDate, LocalDate today) {
        try {
            LocalDate due = dueDate.map(LocalDate::parse).orElse(null);
            return InvoiceDates.plausible(LocalDate.parse(invoiceDate), due, today);
        } catch (DateTimeParseException e) {
            return new CheckResult("dates", false, "'" + e.getParsedString() + "' is not a date");
        }
    }

    /** The check run on the fields' amounts when all are present; failed when one is not an amount. */
    private static Optional<CheckResult> withAmounts(Recognition r, String check,
                                                     Function<List<BigDecimal>, CheckResult> checkAmounts,
                                                     FieldKey... keys) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (FieldKey key : keys) {
            Optional<String> value = r.value(key);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                amounts.add(new BigDecimal(value.get()));
            } catch (NumberFormatException e) {
                return Optional.of(new CheckResult(check, false, key.key() + " '" + value.get() + "' is not an amount"));
            }
        }
        return Optional.of(checkAmounts.apply(amounts));
    }
}
