package io.verifact.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbansTest {

    @Test
    void aPrintedIbanIsNormalizedToUpperCaseWithoutSpaces() {
        assertThat(Ibans.normalize("fr76 3000 6000 0112 3456 7890 189")).contains("FR7630006000011234567890189");
        assertThat(Ibans.normalize("IBAN: BE68 5390 0754 7034")).contains("BE68539007547034");
        assertThat(Ibans.normalize("DE89\u00A03704\u00A00044\u00A00532\u00A00130\u00A000")).contains("DE89370400440532013000");
    }

    @Test
    void anIbanWithOneWrongDigitIsRefusedWithTheReason() {
        assertThat(Ibans.normalize("FR7630006000011234567890188")).isEmpty();
        assertThat(Ibans.problem("FR7630006000011234567890188")).hasValueSatisfying(
                why -> assertThat(why).contains("check digits 76 do not match"));
    }

    @Test
    void anIbanMissingACharacterIsRefusedWithTheExpectedLength() {
        assertThat(Ibans.problem("FR763000600001123456789018"))
                .contains("IBAN FR763000600001123456789018: an IBAN from FR has 27 characters, this one 26");
    }

    @Test
    void anIbanFromNoIbanCountryIsRefused() {
        assertThat(Ibans.isValid("US64SVBKUS6S3300958879")).isFalse();
        assertThat(Ibans.isValid("")).isFalse();
        assertThat(Ibans.isValid(null)).isFalse();
    }

    @Test
    void aBicIsNormalizedOnlyWhenItHasTheShapeOfOne() {
        assertThat(Ibans.normalizeBic("BNPA FR PP")).contains("BNPAFRPP");
        assertThat(Ibans.normalizeBic("deutdeff500")).contains("DEUTDEFF500");
        assertThat(Ibans.normalizeBic("BNPAFRP")).isEmpty();
        assertThat(Ibans.normalizeBic("BNPAXXPP")).as("XX is no country").isEmpty();
    }
}
