package io.verifact.capture;

import java.util.List;

/**
 * The made-up companies of the demo set: four suppliers, one from each country the workstation
 * reads best, and the four client companies they bill. Every identifier passes its check digits
 * (SIREN and SIRET by Luhn, the French VAT key from the SIREN, Belgian mod 97, the German and Dutch
 * rules, IBANs by ISO 7064 with their national check digits); none belongs to a real company.
 */
final class DemoParties {

    static final DemoSupplier DUPUIS = new DemoSupplier(
            new Party("Atelier Dupuis SARL", List.of("14 rue des Tanneurs", "69002 Lyon"), "FR17842136574"),
            "842136574", "84213657400014", "FR7614508000734023178651217", "BRHOFRPPLYO", "Banque Rhodanienne, Lyon",
            List.of("Tél. 04 78 42 17 60", "contact@atelier-dupuis.example"),
            new FrenchLook("AD", "Menuiserie · Agencement · Ébénisterie", "Lyon", "8 000 €"));

    static final DemoSupplier LAMBOTTE = new DemoSupplier(
            new Party("Imprimerie Lambotte SRL", List.of("Quai de la Batte 27", "4000 Liège"), "BE0712849337"),
            null, null, "BE64732041865352", "BMOSBEBB", "Banque Mosane",
            List.of("Tél. +32 4 223 18 47", "info@lambotte.example"),
            new BelgianLook("IMPRIMERIE LAMBOTTE", "Impression offset et numérique · Reliure · Façonnage", "Liège"));

    static final DemoSupplier ALBRECHT = new DemoSupplier(
            new Party("Feinmechanik Albrecht GmbH", List.of("Werkstraße 12", "90451 Nürnberg"), "DE314729589"),
            null, null, "DE49760504170284193765", "FRNKDEM1XXX", "Frankenbank Nürnberg",
            List.of("Tel. 0911 48273-10", "buchhaltung@albrecht-feinmechanik.example"),
            new GermanLook("FA", "Präzisionsteile · Vorrichtungsbau · Lohnfertigung",
                    List.of("Geschäftsführer: Jonas Albrecht", "Amtsgericht Nürnberg HRB 38127"), "10482"));

    static final DemoSupplier VAN_DER_LINDEN = new DemoSupplier(
            new Party("Van der Linden Koeriers B.V.", List.of("Havenweg 88", "3089 JB Rotterdam"), "NL852741637B01"),
            null, null, "NL84RIJB0417265390", "RIJBNL2A", "Rijnbank",
            List.of("+31 10 742 19 55", "facturen@vdl-koeriers.example"),
            new DutchLook("Koeriersdiensten · Same-day delivery", "24681357"));

    static final Party GARNIER = new Party("Garnier Distribution SAS",
            List.of("27 avenue Jean Jaurès", "59000 Lille"), "FR63791543200");
    static final Party LEMAIRE = new Party("Lemaire Logistique SA",
            List.of("Rue de l'Industrie 45", "5000 Namur"), "BE0456321850");
    static final Party KRONBERG = new Party("Kronberg Antriebstechnik GmbH",
            List.of("Industriestraße 8", "70565 Stuttgart"), "DE268491359");
    static final Party DE_KROON = new Party("De Kroon Evenementen B.V.",
            List.of("Stationsplein 3", "3511 ED Utrecht"), "NL861334024B01");

    private DemoParties() {
    }
}
