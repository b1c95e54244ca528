package io.verifact.identify;

import io.verifact.extract.PrintedPage;
import io.verifact.model.Address;
import io.verifact.model.Dossier;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each identification rule, and their order, on a page built for the test against registers built for it. */
class SupplierFinderTest {

    private static final String SUPPLIER_VAT = "FR40303265045";
    private static final String BUYER_VAT = "FR59542051180";
    private static final Recognition NOTHING_READ = new Recognition(Map.of(), List.of(), List.of(), List.of());

    /** A gas supplier's invoice to Dupont SA: letterhead top left, client block right, bank details at the foot. */
    private static List<PageText> invoice() {
        return List.of(new PrintedPage()
                .at(0.08, 0.05, "Butagaz SAS")
                .at(0.08, 0.07, "47 rue Raspail 92300 Levallois")
                .at(0.08, 0.09, "TVA FR 40 303 265 045")
                .at(0.08, 0.11, "Tél. 01 41 49 00 00")
                .at(0.55, 0.20, "Dupont SA")
                .at(0.55, 0.22, "12 avenue Foch 75016 Paris")
                .at(0.55, 0.24, "TVA client FR59542051180")
                .at(0.08, 0.40, "Facture n° F-2026-118 du 03/11/2026")
                .at(0.08, 0.90, "IBAN FR76 3000 6000 0112 3456 7890 189")
                .page(1));
    }

    private static Supplier supplier(String id, String name, SupplierId... ids) {
        return new Supplier(id, name, List.of(ids));
    }

    private static Supplier withAccount(Supplier s, String account, String... keywords) {
        return new Supplier(s.id(), s.ref(), s.name(), s.identifiers(), List.of(keywords), Address.NONE, "", "", "", false,
                Map.of(Supplier.ANY_FILE, account));
    }

    private static SupplierId vat(String value) {
        return new SupplierId(SupplierId.Kind.VAT, value);
    }

    private static Dossier dupont(Map<String, String> mappings) {
        return new Dossier("dupont", "", "Dupont SA", List.of(vat(BUYER_VAT)), Address.NONE, "401", 0, false, mappings);
    }

    @Test
    void anIdentifierWinsOverAName() {
        Supplier byName = supplier("a", "Butagaz SAS");
        Supplier byVat = supplier("b", "Gaz Distribution France", vat(SUPPLIER_VAT));

        Identification found = new SupplierFinder(List.of(byName, byVat)).identify(NOTHING_READ, invoice());

        assertThat(found.supplier()).contains(byVat);
        assertThat(found.matchedBy()).isEqualTo("vat");
        assertThat(found.log()).anyMatch(l -> l.equals("VAT FR40303265045 found on page 1 at the top left → supplier Gaz Distribution France"));
    }

    @Test
    void aPageScannedUpsideDownIsSearchedAsItReadsUpright() {
        Supplier byVat = supplier("b", "Gaz Distribution France", vat(SUPPLIER_VAT));
        PageText upright = invoice().getFirst();
        // Read upside down, as a scanning station fed it: its words stand turned half round on the page as scanned.
        PageText upsideDown = new PageText(1, upright.words().stream().map(w -> w.turned(2)).toList(), upright.engine(),
                upright.width(), upright.height(), 2);

        Identification found = new SupplierFinder(List.of(byVat)).identify(NOTHING_READ, List.of(upsideDown));

        assertThat(found.supplier()).as("the VAT number printed in five pieces, read in their order").contains(byVat);
        assertThat(found.log()).anyMatch(l -> l.equals("VAT FR40303265045 found on page 1 at the top left → supplier Gaz Distribution France"));
    }

    @Test
    void aNameFindsTheSupplierWhenNoIdentifierIsKnown() {
        Supplier named = supplier("a", "BUTAGAZ S.A.S.");
        Supplier decoy = supplier("d", "Butagaz Services Ouest");

        Identification found = new SupplierFinder(List.of(decoy, named)).identify(NOTHING_READ, invoice());

        assertThat(found.supplier()).contains(named);
        assertThat(found.matchedBy()).isEqualTo("name");
    }

    @Test
    void aKeywordRuleWinsOverEveryIdentifier() {
        Supplier byVat = supplier("b", "Gaz Distribution France", vat(SUPPLIER_VAT));
        Supplier byKeyword = withAccount(supplier("k", "Butagaz (keyword)"), "401BUTA", "Levallois");

        Identification found = new SupplierFinder(List.of(byVat, byKeyword)).identify(NOTHING_READ, invoice());

        assertThat(found.supplier()).contains(byKeyword);
        assertThat(found.matchedBy()).isEqualTo("keyword");
        assertThat(found.log()).anyMatch(l -> l.startsWith("Keyword \"Levallois\" found on page 1"));
    }

    @Test
    void theBuyersIdentifiersNameTheClientFileAndNeverTheSupplier() {
        // The client is in the supplier register too, first: its VAT number must still not make it the supplier.
        Supplier client = supplier("c", "Dupont SA", vat(BUYER_VAT));
        Supplier gas = supplier("g", "Butagaz", new SupplierId(SupplierId.Kind.IBAN, "FR7630006000011234567890189"));

        Identification found = new SupplierFinder(List.of(client, gas), List.of(dupont(Map.of()))).identify(NOTHING_READ, invoice());

        assertThat(found.supplier()).contains(gas);
        assertThat(found.matchedBy()).isEqualTo("iban");
        assertThat(found.dossier()).map(Dossier::name).contains("Dupont SA");
        assertThat(found.dossierMatchedBy()).isEqualTo("vat");
        assertThat(found.log()).anyMatch(l -> l.startsWith("Buyer's VAT FR59542051180 on page 1 at the top right ignored: client file Dupont SA"));
    }

    @Test
    void twoSuppliersSharingASirenAreBothShownAndTheFirstIsTaken() {
        SupplierId siren = new SupplierId(SupplierId.Kind.SIREN, "303265045");
        Supplier north = supplier("n", "Gaz Nord", siren);
        Supplier south = supplier("s", "Gaz Sud", siren);

        Identification found = new SupplierFinder(List.of(north, south)).identify(NOTHING_READ, invoice());

        assertThat(found.supplier()).contains(north);
        assertThat(found.matchedBy()).isEqualTo("siren");
        assertThat(found.candidates()).containsExactly(south);
        assertThat(found.log()).anyMatch(l -> l.contains("is shared by 2 suppliers: Gaz Nord, Gaz Sud"));
    }

    @Test
    void anIdentifierOfALaterKindTellsSuppliersSharingOneApart() {
        SupplierId siren = new SupplierId(SupplierId.Kind.SIREN, "303265045");
        Supplier north = supplier("n", "Gaz Nord", siren);
        Supplier south = supplier("s", "Gaz Sud", siren, new SupplierId(SupplierId.Kind.PHONE, "33141490000"));

        Identification found = new SupplierFinder(List.of(north, south)).identify(NOTHING_READ, invoice());

        // The phone number is printed 01 41 49 00 00 and registered +33 1 41 49 00 00: the same number.
        assertThat(found.supplier()).contains(south);
        assertThat(found.candidates()).containsExactly(north);
    }

    @Test
    void anAccountMappingAppliesAfterDetection() {
        Supplier detected = withAccount(supplier("b", "Gaz Distribution France", vat(SUPPLIER_VAT)), "401BUTA");
        Supplier grouped = withAccount(supplier("g", "Fournisseurs de gaz"), "401GAZ");

        Identification found = new SupplierFinder(List.of(detected, grouped), List.of(dupont(Map.of("401BUTA", "401GAZ"))))
                .identify(NOTHING_READ, invoice());

        assertThat(found.supplier()).contains(grouped);
        assertThat(found.account()).contains("401GAZ");
        assertThat(found.candidates()).contains(detected);
        assertThat(found.log()).anyMatch(l -> l.startsWith("Account mapping of client file Dupont SA: 401BUTA → 401GAZ"));
    }

    @Test
    void aSupplierFoundByItsMaskLayoutIsBookedThroughTheMappingAndSaidBlocked() {
        Supplier unknownHere = new Supplier("u", "", "Propane Ouest", List.of(), List.of(), Address.NONE, "", "", "", true,
                Map.of(Supplier.ANY_FILE, "401BUTA"));
        Supplier grouped = withAccount(supplier("g", "Fournisseurs de gaz"), "401GAZ");
        SupplierFinder finder = new SupplierFinder(List.of(unknownHere, grouped), List.of(dupont(Map.of("401BUTA", "401GAZ"))));
        Identification none = finder.identify(NOTHING_READ, invoice());

        Identification found = finder.withSupplier(none, unknownHere, "layout", "The invoice has the layout of a mask of Propane Ouest");

        assertThat(none.supplier()).isEmpty();
        assertThat(found.dossier()).map(Dossier::id).contains("dupont");
        assertThat(found.supplier()).contains(grouped);
        assertThat(found.account()).contains("401GAZ");
        assertThat(found.log()).contains("The invoice has the layout of a mask of Propane Ouest")
                .anyMatch(l -> l.startsWith("Account mapping of client file Dupont SA: 401BUTA → 401GAZ"));
        // Without the mapping, the supplier of the mask stays, on its own account, and is said blocked.
        SupplierFinder unmapped = new SupplierFinder(List.of(unknownHere, grouped), List.of(dupont(Map.of())));
        Identification kept = unmapped.withSupplier(unmapped.identify(NOTHING_READ, invoice()), unknownHere, "layout", "by layout");
        assertThat(kept.supplier()).contains(unknownHere);
        assertThat(kept.account()).contains("401BUTA");
        assertThat(kept.log()).contains("Supplier Propane Ouest is blocked in the register.");
    }

    @Test
    void anAccountMappingNeverOverridesAKeywordRule() {
        Supplier byKeyword = withAccount(supplier("k", "Butagaz (keyword)"), "401BUTA", "Levallois");
        Supplier grouped = withAccount(supplier("g", "Fournisseurs de gaz"), "401GAZ");

        Identification found = new SupplierFinder(List.of(byKeyword, grouped), List.of(dupont(Map.of("401BUTA", "401GAZ"))))
                .identify(NOTHING_READ, invoice());

        assertThat(found.supplier()).contains(byKeyword);
        assertThat(found.account()).contains("401BUTA");
        assertThat(found.log()).anyMatch(l -> l.contains("not applied: a keyword rule chose the supplier"));
    }

    @Test
    void anUnknownSupplierIsProposedWithAnAccountByTheClientFilesRule() {
        Dossier file = new Dossier("dupont", "", "Dupont SA", List.of(vat(BUYER_VAT)), Address.NONE, "401", 10, false, Map.of());
        Recognition read = new Recognition(Map.of(io.verifact.model.FieldKey.SUPPLIER_NAME, new io.verifact.model.FieldValue(
                io.verifact.model.FieldKey.SUPPLIER_NAME, "Butagaz SAS", io.verifact.model.Source.LAYOUT, 0.9, 1, null, List.of())),
                List.of(), List.of(), List.of());

        Identification found = new SupplierFinder(List.of(), List.of(file)).identify(read, invoice());

        assertThat(found.supplier()).isEmpty();
        assertThat(found.proposal()).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Butagaz SAS");
            assertThat(p.account()).isEqualTo("401BUTAGAZ");
            assertThat(p.identifiers()).noneMatch(i -> i.value().equals(BUYER_VAT));
        });
    }

    @Test
    void accountCodesArePaddedCutAndKeptApart() {
        Dossier ten = new Dossier("f", "", "F", List.of(), Address.NONE, "401", 10, false, Map.of());

        assertThat(AccountCodes.of("EDF", ten, List.of())).isEqualTo("401EDF0000");
        assertThat(AccountCodes.of("Société Générale d'Électricité SARL", ten, List.of())).isEqualTo("401GENERAL");
        assertThat(AccountCodes.of("Société Générale d'Électricité SARL", ten, List.of("401GENERAL"))).isEqualTo("401GENERA1");
        assertThat(AccountCodes.of("Müller & Söhne GmbH", null, List.of())).isEqualTo("401MULLERSOHNE");
    }

    @Test
    void aKeywordOfZerosIsNoNumberFoundOnEveryPage() {
        Supplier zeros = withAccount(supplier("z", "Zeros Ltd"), "401Z", "00 00 00");
        Supplier butagaz = supplier("b", "Butagaz SAS", vat(SUPPLIER_VAT));

        Identification found = new SupplierFinder(List.of(zeros, butagaz)).identify(NOTHING_READ, invoice());

        assertThat(found.supplier()).contains(butagaz);
        assertThat(found.matchedBy()).isEqualTo("vat");
    }

    @Test
    void aPageOfFiftyThousandWordsOnOneLineIsSearchedInTime() {
        PrintedPage crowded = new PrintedPage().at(0.08, 0.05, "Butagaz SAS");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            line.append("w").append(i).append(' ');
        }
        crowded.at(0.0, 0.5, line.toString().strip());
        Supplier butagaz = supplier("b", "Butagaz SAS");
        long start = System.nanoTime();

        Identification found = new SupplierFinder(List.of(butagaz), List.of(dupont(Map.of()))).identify(NOTHING_READ, List.of(crowded.page(1)));

        assertThat(found.supplier()).contains(butagaz);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(20_000);
    }

    @Test
    void namesOfNothingButPunctuationOrLegalFormsStillGetAnAccount() {
        Dossier three = new Dossier("f", "", "F", List.of(), Address.NONE, "40100", 3, false, Map.of());

        assertThat(Names.core("")).isEmpty();
        assertThat(Names.core("?!. -")).isEmpty();
        assertThat(AccountCodes.of("", null, List.of())).isEqualTo("401");
        assertThat(AccountCodes.of("?!.", null, List.of("401"))).isEqualTo("4011");
        assertThat(AccountCodes.of("SARL", three, List.of())).as("a prefix longer than the account is cut").isEqualTo("401");
        assertThat(AccountCodes.of("SARL", three, List.of("401"))).hasSizeLessThanOrEqualTo(4);
    }
}
