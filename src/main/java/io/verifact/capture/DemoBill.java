package io.verifact.capture;

import io.verifact.model.FieldKey;
import io.verifact.model.VatLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one demo invoice says: who bills whom, its references and lines. The totals follow from the
 * lines, the tax rounded once per rate, except where the bill misprints its gross total on purpose.
 *
 * @param due the due date, null on a credit note
 * @param order the buyer's order number, or null
 * @param creditFor the number of the invoice a credit note cancels in part, null on an invoice
 * @param grossMisprint what the printed gross total is off by, zero on a correct invoice
 * @param termsPage whether a page of terms and conditions follows the invoice
 */
record DemoBill(DemoSupplier supplier, Party buyer, String number, LocalDate date, LocalDate due, String order,
                List<DemoLine> lines, String creditFor, BigDecimal grossMisprint, boolean termsPage) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    DemoBill {
        lines = List.copyOf(lines);
    }

    static DemoBill invoice(DemoSupplier supplier, Party buyer, String number, LocalDate date, int daysToPay, String order,
                            DemoLine... lines) {
        return new DemoBill(supplier, buyer, number, date, date.plusDays(daysToPay), order, List.of(lines), null,
                BigDecimal.ZERO, false);
    }

    static DemoBill credit(DemoSupplier supplier, Party buyer, String number, LocalDate date, String creditFor,
                           DemoLine... lines) {
        return new DemoBill(supplier, buyer, number, date, null, null, List.of(lines), creditFor, BigDecimal.ZERO, false);
    }

    DemoBill misprintingGrossBy(String amount) {
        return new DemoBill(supplier, buyer, number, date, due, order, lines, creditFor, new BigDecimal(amount), termsPage);
    }

    DemoBill withTermsPage() {
        return new DemoBill(supplier, buyer, number, date, due, order, lines, creditFor, grossMisprint, true);
    }

    boolean creditNote() {
        return creditFor != null;
    }

    /** One line a VAT rate, highest rate first, as the breakdown prints them. */
    List<VatLine> breakdown() {
        Map<BigDecimal, BigDecimal> bases = new TreeMap<>(Collections.reverseOrder());
        lines.forEach(l -> bases.merge(l.vatRate(), l.amount(), BigDecimal::add));
        List<VatLine> breakdown = new ArrayList<>();
        bases.forEach((rate, base) -> breakdown.add(
                new VatLine(rate, base, base.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP))));
        return breakdown;
    }

    BigDecimal net() {
        return breakdown().stream().map(VatLine::base).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal tax() {
        return breakdown().stream().map(VatLine::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The gross total as printed: net plus tax, unless the bill misprints it. */
    BigDecimal gross() {
        return net().add(tax()).add(grossMisprint);
    }

    /** Every field the page shows, written as CONTRACT.md writes values. */
    Map<FieldKey, String> truth() {
        Map<FieldKey, String> truth = new EnumMap<>(FieldKey.class);
        truth.put(FieldKey.INVOICE_NUMBER, number);
        truth.put(FieldKey.INVOICE_DATE, date.toString());
        if (due != null) {
            truth.put(FieldKey.DUE_DATE, due.toString());
        }
        truth.put(FieldKey.CURRENCY, "EUR");
        truth.put(FieldKey.NET_TOTAL, net().toPlainString());
        truth.put(FieldKey.TAX_TOTAL, tax().toPlainString());
        truth.put(FieldKey.GROSS_TOTAL, gross().toPlainString());
        truth.put(FieldKey.AMOUNT_DUE, gross().toPlainString());
        truth.put(FieldKey.SUPPLIER_NAME, supplier.name());
        truth.put(FieldKey.BUYER_NAME, buyer.name());
        truth.put(FieldKey.SUPPLIER_VAT, supplier.party().vat());
        truth.put(FieldKey.BUYER_VAT, buyer.vat());
        if (supplier.siren() != null) {
            truth.put(FieldKey.SUPPLIER_SIREN, supplier.siren());
            truth.put(FieldKey.SUPPLIER_SIRET, supplier.siret());
        }
        truth.put(FieldKey.SUPPLIER_IBAN, supplier.iban());
        truth.put(FieldKey.SUPPLIER_BIC, supplier.bic());
        if (order != null) {
            truth.put(FieldKey.PO_NUMBER, order);
        }
        truth.put(FieldKey.DOCUMENT_TYPE, creditNote() ? "credit_note" : "invoice");
        return truth;
    }
}
