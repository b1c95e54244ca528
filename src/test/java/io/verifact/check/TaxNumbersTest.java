package io.verifact.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tax numbers of suppliers from outside the EU, as they print them in place of a VAT number. */
class TaxNumbersTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "51 824 753 556,           AU_ABN,   51824753556",
            "49-091-850,               NZ_GST,   49091850",
            "136-410-132,              NZ_GST,   136410132",
            "12345 6782 RT0001,        CA_BN,    123456782RT0001",
            "27AAPFU0939F1ZV,          IN_GSTIN, 27AAPFU0939F1ZV",
            "T7000012050002,           JP_T,     T7000012050002",
            "4012345619,               ZA_VAT,   4012345619",
            "11.222.333/0001-81,       BR_CNPJ,  11222333000181",
    })
    void aNumberWhoseCheckDigitsHoldIsReadWithoutItsSeparators(String printed, TaxNumbers.Scheme scheme, String normalized) {
        assertThat(TaxNumbers.normalize(scheme, printed)).contains(normalized);
        assertThat(TaxNumbers.verified(printed)).isTrue();
        // The checks of a recognized value take it for what it is, though it has no country prefix.
        VatCheck check = VatNumbers.checkAnyCountry(printed);
        assertThat(check.valid()).as(check.reason()).isTrue();
        assertThat(check.normalized()).isEqualTo(normalized);
        assertThat(VatNumbers.normalizeTyped(printed)).contains(normalized);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "51 824 753 557,           AU_ABN",
            "49-091-851,               NZ_GST",
            "12345 6783 RT0001,        CA_BN",
            "27AAPFU0939F1ZW,          IN_GSTIN",
            "T8000012050002,           JP_T",
            "4012345618,               ZA_VAT",
            "11.222.333/0001-82,       BR_CNPJ",
            "00000000000000,           BR_CNPJ",
    })
    void aNumberWhoseCheckDigitsFailIsNone(String printed, TaxNumbers.Scheme scheme) {
        assertThat(TaxNumbers.normalize(scheme, printed)).isEmpty();
        assertThat(TaxNumbers.verified(printed)).isFalse();
    }

    @Test
    void aNumberOfASchemeWithoutCheckDigitsHasItsShapeOnlyAndTheCheckSaysSo() {
        assertThat(TaxNumbers.normalize(TaxNumbers.Scheme.AE_TRN, "100-2345-6789-0123")).contains("100234567890123");
        assertThat(TaxNumbers.normalize(TaxNumbers.Scheme.SG_UEN, "201912345K")).contains("201912345K");
        assertThat(TaxNumbers.normalize(TaxNumbers.Scheme.MX_RFC, "ABC-850101-XY1")).contains("ABC850101XY1");
        assertThat(TaxNumbers.verified("100234567890123")).isFalse();
        assertThat(VatNumbers.checkAnyCountry("100234567890123").reason()).contains("no check digits to verify");
        // Typed without a country, a number with no check digits to hold is not taken for another country's.
        assertThat(VatNumbers.normalizeTyped("201912345K")).isEmpty();
        // A number of no scheme's shape is no tax number at all.
        assertThat(TaxNumbers.normalize(TaxNumbers.Scheme.AE_TRN, "200234567890123")).isEmpty();
        assertThat(VatNumbers.checkAnyCountry("12345").valid()).isFalse();
    }

    @Test
    void anEuVatNumberAndASupplierRegisterKnowOnlyEuropeanNumbers() {
        // A French SIREN is Luhn-valid like a Canadian business number: it is no VAT number for the register.
        assertThat(VatNumbers.check("732829320").valid()).isFalse();
        assertThat(Identifiers.normalize(io.verifact.model.SupplierId.Kind.VAT, "732829320")).isEmpty();
        // An order reference that starts like a country is no VAT number of some other shape.
        assertThat(VatNumbers.normalizeShape("FRA-250312-001")).isEmpty();
        assertThat(VatNumbers.checkAnyCountry("FRA-250312-001").valid()).isFalse();
    }

    @Test
    void aNumberTheEuGivesASellerFromOutsideItIsAVatNumber() {
        VatCheck check = VatNumbers.check("EU 372 000 041");
        assertThat(check.valid()).as(check.reason()).isTrue();
        assertThat(check.normalized()).isEqualTo("EU372000041");
    }
}
