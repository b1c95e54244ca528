package io.verifact.extract;

import io.verifact.model.FieldKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator types, written as the contract writes values, or refused. */
class TypedValuesTest {

    @ParameterizedTest(name = "{0} ''{1}'' → {2}")
    @CsvSource(delimiter = '|', nullValues = "REFUSED", value = {
            "GROSS_TOTAL   | 1 234,5            | 1234.50",
            "GROSS_TOTAL   | 1.234,56           | 1234.56",
            "GROSS_TOTAL   | 1,234.56           | 1234.56",
            "GROSS_TOTAL   | 1,23,456.78        | 123456.78",
            "GROSS_TOTAL   | 12,34,56,789       | 123456789.00",
            "NET_TOTAL     | -12,50             | -12.50",
            "NET_TOTAL     | 120 €              | 120.00",
            "TAX_TOTAL     | 0.125              | 0.125",
            "TAX_TOTAL     | 0,125              | 0.125",
            "GROSS_TOTAL   | 12O,OO             | REFUSED",
            "GROSS_TOTAL   | 12,50 and 13,00    | REFUSED",
            "INVOICE_DATE  | 03/02/2026         | 2026-02-03",
            "INVOICE_DATE  | 2026-02-03         | 2026-02-03",
            "INVOICE_DATE  | 3 févr. 2026       | 2026-02-03",
            "INVOICE_DATE  | 24 MAR 18          | 2018-03-24",
            "INVOICE_DATE  | November 2 , 2017  | 2017-11-02",
            "INVOICE_DATE  | 15-Jun-18          | 2018-06-15",
            "INVOICE_DATE  | 24 MAR 18:30       | REFUSED",
            "DUE_DATE      | 3/2/2026x          | REFUSED",
            "DUE_DATE      | the 31st of never  | REFUSED",
            "SUPPLIER_VAT  | fr 40 303 265 045  | FR40303265045",
            "SUPPLIER_IBAN | fr76 3000 6000 0112 3456 7890 189 | FR7630006000011234567890189",
            "SUPPLIER_SIREN| 303 265 045        | 303265045",
            "SUPPLIER_SIRET| 303 265 045 00015  | 30326504500015",
            "SUPPLIER_SIREN| 30326504           | REFUSED",
            "CURRENCY      | €                  | EUR",
            "CURRENCY      | chf                | CHF",
            "DOCUMENT_TYPE | Avoir              | credit_note",
            "DOCUMENT_TYPE | Rechnung           | invoice",
            "INVOICE_NUMBER|   FA  2026-17      | FA 2026-17"})
    void typedValuesAreWrittenAsTheContractSays(FieldKey key, String typed, String expected) {
        assertThat(TypedValues.normalize(key, typed)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "''{0}'' with a decimal comma → {1}, with a decimal point → {2}")
    @CsvSource(delimiter = '|', value = {
            "1,234    | 1.234   | 1234.00",
            "1.234    | 1234.00 | 1.234",
            "1 234,50 | 1234.50 | 1234.50",
            "12,50    | 12.50   | 12.50"})
    void anAmountThatCouldBeReadTwoWaysIsReadTheWayTheOperatorWrites(String typed, String comma, String point) {
        assertThat(TypedValues.normalize(FieldKey.GROSS_TOTAL, typed, true)).hasValue(comma);
        assertThat(TypedValues.normalize(FieldKey.GROSS_TOTAL, typed, false)).hasValue(point);
    }
}
