package io.verifact.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A custom field's name never takes the place of a field the invoice already has. */
class CustomFieldTest {

    @Test
    void aNameOfAStandardFieldOrOfAVatRowIsRefused() {
        assertThatThrownBy(() -> new CustomField("gross_total", FieldKey.Kind.AMOUNT, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("standard field");
        assertThatThrownBy(() -> new CustomField("vat_row_2", FieldKey.Kind.TEXT, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VAT breakdown");
    }

    @Test
    void aNameOfItsOwnIsKept() {
        assertThat(new CustomField("plate_number", FieldKey.Kind.TEXT, null).name()).isEqualTo("plate_number");
        assertThat(new CustomField("vat_row_total", FieldKey.Kind.AMOUNT, "s1").appliesTo("s1")).isTrue();
    }
}
