package io.verifact.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "FR 40 303 265 045,      FR40303265045",
            "fr40303265045,          FR40303265045",
            "BE 0403.170.701,        BE0403170701",
            "BE 403.170.701,         BE0403170701",
            "DE 136 695 976,         DE136695976",
            "NL 0044.95.445.B01,     NL004495445B01",
            "NL000099998B57,         NL000099998B57",
            "LU 150 274 42,          LU15027442",
            "IT 007 431 101 57,      IT00743110157",
            "ES 54362315-K,          ES54362315K",
            "ES X1234567L,           ESX1234567L",
            "ES K1234567L,           ESK1234567L",
            "ES A58818501,           ESA58818501",
            "ES B1234567D,           ESB1234567D",
            "ES Q2826000H,           ESQ2826000H",
            "ATU 1358 5627,          ATU13585627",
            "GB 980 7806 84,         GB980780684",
            "GB 100 1908 74,         GB100190874",
            "GB 980 7806 84 001,     GB980780684001",
            "GBGD001,                GBGD001",
            "GBHA500,                GBHA500",
            "XI 980 7806 84,         XI980780684",
            "CHE-116.281.710 MWST,   CHE116281710MWST",
            "CHE-116.281.710 TVA,    CHE116281710TVA",
            "CHE-116.281.710,        CHE116281710",
            "DK 13 58 56 28,         DK13585628",
            "NO 811 143 758 MVA,     NO811143758MVA",
            "NO974760673MVA,         NO974760673MVA",
            "SE 556036079301,        SE556036079301",
    })
    void aValidNumberIsNormalizedAsTheContractWritesIt(String printed, String normalized) {
        VatCheck check = VatNumbers.check(printed);
        assertThat(check.valid()).as(check.reason()).isTrue();
        assertThat(check.normalized()).isEqualTo(normalized);
        assertThat(VatNumbers.normalize(printed)).contains(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FR40303265046", "BE0403170702", "DE136695977", "NL004495446B01", "NL000099998B58", "LU15027443",
            "IT00743110158", "ES54362315J", "ESX1234568L", "ESA58818502", "ATU13585628", "GB980780685",
            "GB100190875", "XI980780685", "CHE116281711", "DK13585627", "NO811143759MVA", "SE556036079401"})
    void aOneDigitChangeIsRefused(String misread) {
        VatCheck check = VatNumbers.check(misread);
        assertThat(check.valid()).as(check.reason()).isFalse();
        assertThat(check.normalized()).as("still written for the operator to correct").isEqualTo(misread);
        assertThat(VatNumbers.normalize(misread)).isEmpty();
    }

    @Test
    void everyCountryWithARuleIsAPrefixToLookForAndGreeceIsLookedForAsPrinted() {
        assertThat(VatNumbers.prefixes()).isSorted()
                .contains("FR", "BE", "DE", "NL", "LU", "IT", "ES", "AT", "GB", "XI", "CHE", "NO", "EU", "EL", "GR");
        for (String prefix : VatNumbers.prefixes()) {
            String reason = VatNumbers.check(prefix + "000").reason();
            assertThat(reason).as(prefix).doesNotContain("is not the prefix of an EU VAT number").doesNotContain("no country prefix");
        }
    }

    @Test
    void aFrenchVatKeyThatDoesNotMatchItsSirenIsRefusedWithTheReason() {
        assertThat(VatNumbers.check("FR 41 303 265 045"))
                .isEqualTo(new VatCheck("FR41303265045", false, "FR VAT key 41 does not match SIREN 303265045"));
    }

    @Test
    void aFrenchVatNumberAroundAnInvalidSirenIsRefusedForTheSiren() {
        assertThat(VatNumbers.check("FR40303265046").reason()).isEqualTo("FR VAT number 303265046 is not a valid SIREN");
    }

    @Test
    void aMonacoNumberIsCheckedByItsKeyThoughItsDigitsAreNoSiren() {
        assertThat(VatNumbers.check("FR90000012345").valid()).isTrue();
        assertThat(VatNumbers.check("FR91000012345").valid()).isFalse();
    }

    @Test
    void anOldAlphanumericFrenchKeyIsAcceptedOnItsShape() {
        assertThat(VatNumbers.check("FR K7 399859412").valid()).isTrue();
        assertThat(VatNumbers.check("FRI7399859412").valid()).as("I is never used in a key").isFalse();
    }

    @Test
    void theGermanNumberMadeOfOneToNineIsRefused() {
        assertThat(VatNumbers.check("DE 123 456 789").reason()).isEqualTo("DE VAT check digit 9 does not match 12345678");
    }

    @Test
    void aBelgianNumberNamesTheCheckDigitsThatDoNotMatch() {
        assertThat(VatNumbers.check("BE0403170702").reason()).isEqualTo("BE VAT check digits 02 do not match 04031707");
    }

    @Test
    void aDutchNumberFailingBothTestsSaysSo() {
        assertThat(VatNumbers.check("NL004495446B01").reason()).contains("fails both");
    }

    @Test
    void aSpanishNumberNamesItsControlLetter() {
        assertThat(VatNumbers.check("ES54362315J").reason()).isEqualTo("ES VAT control letter J does not match 54362315");
    }

    @Test
    void britishPublicBodiesMustStayInTheirRanges() {
        assertThat(VatNumbers.check("GBGD500").valid()).isFalse();
        assertThat(VatNumbers.check("GBHA499").valid()).isFalse();
    }

    @Test
    void theMod9755SchemeIsOnlyForNumbersFromOneHundredMillion() {
        // 098190868 weighs to 42 as 100190874 does, but numbers below 100 000 000 predate the scheme.
        assertThat(VatNumbers.check("GB098190868").valid()).isFalse();
        assertThat(VatNumbers.check("GB098190826").valid()).as("the same number under mod 97").isTrue();
    }

    @Test
    void aCountryCheckedOnShapeOnlySaysItsDigitsWereNotVerified() {
        VatCheck check = VatNumbers.check("CZ 13 58 56 27");
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo("CZ13585627");
        assertThat(check.reason()).contains("not verified");
    }

    @Test
    void finnishAndIrishNumbersHaveTheirCheckDigitsVerified() {
        assertThat(VatNumbers.check("FI 8318 7412").valid()).isTrue();
        assertThat(VatNumbers.check("FI83187413").valid()).isFalse();
        assertThat(VatNumbers.check("IE 9292398U").valid()).isTrue();
        assertThat(VatNumbers.check("IE9292398V").valid()).isFalse();
        // The older form, a letter second: 8Z49289F is 0492898 then F.
        assertThat(VatNumbers.check("IE8Z49289F").valid()).isTrue();
        // Two letters: the second counts in the sum.
        assertThat(VatNumbers.check("IE3628739UA").valid()).isTrue();
        assertThat(VatNumbers.check("IE3628739LA").valid()).isFalse();
    }

    @Test
    void hungarianAndRomanianNumbersHaveTheirCheckDigitsVerified() {
        assertThat(VatNumbers.check("HU 58951668").valid()).isTrue();
        assertThat(VatNumbers.check("HU58951669").valid()).isFalse();
        assertThat(VatNumbers.check("RO 18547290").valid()).isTrue();
        assertThat(VatNumbers.check("RO62288338").valid()).isTrue();
        assertThat(VatNumbers.check("RO18547291").valid()).isFalse();
        assertThat(VatNumbers.check("RO28841302").valid()).isFalse();
    }

    @Test
    void aNumberOfTheWrongShapeSaysWhatShapeIsExpected() {
        assertThat(VatNumbers.check("DK1358562"))
                .isEqualTo(new VatCheck("DK1358562", false, "DK VAT number should be 8 digits, the first not 0, not 1358562"));
        assertThat(VatNumbers.check("ATU1358562").reason()).isEqualTo("AT VAT number should be U and 8 digits, not U1358562");
    }

    @Test
    void greekNumbersArePrefixedEl() {
        assertThat(VatNumbers.normalize("GR 094259216")).contains("EL094259216");
    }

    @Test
    void aNumberWithoutCountryPrefixIsRefusedWithoutNormalizing() {
        VatCheck check = VatNumbers.check("0403170701");
        assertThat(check.valid()).isFalse();
        assertThat(check.normalized()).isNull();
        assertThat(check.reason()).contains("no country prefix");
    }

    @Test
    void aNumberFromOutsideTheEuIsRefused() {
        assertThat(VatNumbers.check("US123456789"))
                .isEqualTo(new VatCheck(null, false, "US is not the prefix of an EU VAT number"));
        assertThat(VatNumbers.check("  ").valid()).isFalse();
        assertThat(VatNumbers.check(null).valid()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aSwissNumberPrintedWithMwstOrTvaNamesOneCompanyWhenSuppliersAreMatched() {
        assertThat(Identifiers.normalize(io.verifact.model.SupplierId.Kind.VAT, "CHE-116.281.710 MWST")).contains("CHE116281710");
        assertThat(Identifiers.normalize(io.verifact.model.SupplierId.Kind.VAT, "CHE-116.281.710 TVA")).contains("CHE116281710");
        assertThat(Identifiers.normalize(io.verifact.model.SupplierId.Kind.VAT, "CHE116281710")).contains("CHE116281710");
    }
}
