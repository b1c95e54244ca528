package io.verifact.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorecardTest {

    @Test
    void amountsAreRightToTheCent() {
        assertThat(Scorecard.same("gross_total", "1234.50", "1234.5")).isTrue();
        assertThat(Scorecard.same("gross_total", "1234.504", "1234.50")).isTrue();
        assertThat(Scorecard.same("gross_total", "1234.51", "1234.50")).isFalse();
        assertThat(Scorecard.same("net_total", "-7.67", "-7.67")).isTrue();
        assertThat(Scorecard.same("net_total", "7.67", "-7.67")).isFalse();
    }

    @Test
    void datesAreExact() {
        assertThat(Scorecard.same("invoice_date", "2024-03-05", "2024-03-05")).isTrue();
        assertThat(Scorecard.same("due_date", "2024-03-06", "2024-03-05")).isFalse();
    }

    @Test
    void identifiersAreComparedWithoutSpacesOrDotsInUpperCase() {
        assertThat(Scorecard.same("supplier_vat", "fr 40 303.265.045", "FR40303265045")).isTrue();
        assertThat(Scorecard.same("supplier_iban", "DE12 1234 4321 9876 00", "DE1212344321987600")).isTrue();
        assertThat(Scorecard.same("invoice_number", "RE-2024-117", "RE2024117")).isTrue();
        assertThat(Scorecard.same("invoice_number", "RE-2024-118", "RE-2024-117")).isFalse();
    }

    @Test
    void supplierNamesMatchLooselyWhenOneHoldsTheOther() {
        assertThat(Scorecard.same("supplier_name", "Musterlieferant GmbH", "MUSTERLIEFERANT GMBH")).isTrue();
        assertThat(Scorecard.same("supplier_name", "MUSTERLIEFERANT GMBH", "Lief-Nr: 549910\nMUSTERLIEFERANT GMBH")).isTrue();
        assertThat(Scorecard.same("supplier_name", "Musterlieferant", "MUSTERLIEFERANT GMBH")).isTrue();
        assertThat(Scorecard.same("supplier_name", "GmbH", "MUSTERLIEFERANT GMBH")).isTrue();
        assertThat(Scorecard.same("supplier_name", "AG", "MUSTER AG")).isFalse();
        assertThat(Scorecard.same("supplier_name", "Nummer", "MUSTERLIEFERANT GMBH")).isFalse();
    }

    @Test
    void aFieldNotFoundIsWrong() {
        assertThat(Scorecard.same("currency", null, "EUR")).isFalse();
    }
}
