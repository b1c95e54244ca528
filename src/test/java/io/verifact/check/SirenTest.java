package io.verifact.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SirenTest {

    @Test
    void aSirenIsNineDigitsPassingLuhn() {
        assertThat(Siren.isValidSiren("303265045")).isTrue();
        assertThat(Siren.isValidSiren("303265046")).isFalse();
        assertThat(Siren.isValidSiren("30326504")).isFalse();
        assertThat(Siren.isValidSiren("30326504A")).isFalse();
        assertThat(Siren.isValidSiren(null)).isFalse();
    }

    @Test
    void aSirenOfZerosOnlyIsRefusedThoughItPassesLuhn() {
        assertThat(Siren.isValidSiren("000000000")).isFalse();
    }

    @Test
    void aSiretIsFourteenDigitsPassingLuhn() {
        assertThat(Siren.isValidSiret("30326504500011")).isTrue();
        assertThat(Siren.isValidSiret("30326504500012")).isFalse();
        assertThat(Siren.isValidSiret("3032650450001")).isFalse();
    }

    @Test
    void laPosteSiretsPassWhenTheirDigitsSumToAMultipleOfFive() {
        assertThat(Siren.isValidSiret("35600000010014")).isTrue();
        assertThat(Siren.isValidSiret("35600000010001")).isFalse();
        assertThat(Siren.isValidSiret("35600000000048")).as("La Poste's head office, Luhn-valid").isTrue();
    }

    @Test
    void theFrenchVatNumberOfASirenCarriesItsKey() {
        assertThat(Siren.frenchVatOf("303265045")).isEqualTo("FR40303265045");
        assertThat(Siren.frenchVatOf("732829320")).isEqualTo("FR44732829320");
    }

    @Test
    void noVatNumberIsMadeUpForAnInvalidSiren() {
        assertThatThrownBy(() -> Siren.frenchVatOf("303265046")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSirenIsTakenFromAValidFrenchVatNumberAsPrinted() {
        assertThat(Siren.sirenOfFrenchVat("FR 40 303 265 045")).contains("303265045");
        assertThat(Siren.sirenOfFrenchVat("FR41303265045")).isEmpty();
        assertThat(Siren.sirenOfFrenchVat("BE0403170701")).isEmpty();
    }

    @Test
    void aMonacoVatNumberHasNoSiren() {
        assertThat(Siren.sirenOfFrenchVat("FR90000012345")).isEmpty();
    }
}
