package io.verifact.capture;

import static io.verifact.capture.DemoParties.ALBRECHT;
import static io.verifact.capture.DemoParties.DE_KROON;
import static io.verifact.capture.DemoParties.DUPUIS;
import static io.verifact.capture.DemoParties.GARNIER;
import static io.verifact.capture.DemoParties.KRONBERG;
import static io.verifact.capture.DemoParties.LAMBOTTE;
import static io.verifact.capture.DemoParties.LEMAIRE;
import static io.verifact.capture.DemoParties.VAN_DER_LINDEN;

import java.time.LocalDate;
import java.util.List;

/**
 * The ten files of the demo set and the bills they show: mostly clean PDFs, a credit note, an
 * invoice of two pages, scans (one a multi-page TIFF, one a photocopy), an invoice whose total is
 * misprinted, and a scan of an invoice that is also in the set as a PDF.
 */
final class DemoSet {

    private static final String PIECE = "Stk";

    private DemoSet() {
    }

    static List<DemoFile> files() {
        DemoBill lambotte = DemoBill.invoice(LAMBOTTE, LEMAIRE, "F2026-0318", LocalDate.of(2026, 10, 6), 30, "LL-2026-044",
                DemoLine.of("Brochure « Rapport annuel 2025 », 32 p., quadri", "500", "", "4.20", "6"),
                DemoLine.of("Dépliants A4 trois volets, 135 g", "2000", "", "0.18", "21"),
                DemoLine.of("Cartes de visite, 350 g, pelliculées", "6", "", "24.50", "21"),
                DemoLine.of("Mise en page et bon à tirer", "1", "", "240.00", "21"));
        return List.of(
                new DemoFile("atelier-dupuis-FA-2026-0142.pdf", dupuisFittings(), null,
                        "a French invoice with SIREN, SIRET and the legal mentions; a credit note refers to it"),
                new DemoFile("atelier-dupuis-AV-2026-0009.pdf", dupuisCredit(), null,
                        "a credit note (avoir): negative amounts, no due date"),
                new DemoFile("atelier-dupuis-FA-2026-0163.tif", dupuisDoors(), new ScanLook(0.6, 246, 14, false, 163),
                        "a scan as a two-page TIFF: the invoice, then the terms and conditions"),
                new DemoFile("imprimerie-lambotte-F2026-0318.pdf", lambotte, null,
                        "a Belgian invoice in French with two VAT rates, 21 % and 6 %"),
                new DemoFile("imprimerie-lambotte-F2026-0318-scan.png", lambotte, new ScanLook(0.9, 242, 18, false, 318),
                        "a scan of the Lambotte invoice above: the same supplier and number, a duplicate"),
                new DemoFile("feinmechanik-albrecht-RE-26-1187.pdf", albrechtFixtures(), null,
                        "a German invoice of two pages: lines carried over, totals on the last page"),
                new DemoFile("feinmechanik-albrecht-RE-26-1204.png", albrechtTurnedParts(), new ScanLook(-1.2, 240, 20, false, 1204),
                        "a scanned German invoice, askew"),
                new DemoFile("van-der-linden-2026-0417.pdf", linden0417(), null,
                        "a Dutch invoice with English labels beside the Dutch ones"),
                new DemoFile("van-der-linden-2026-0452.pdf", linden0452().misprintingGrossBy("0.10"), null,
                        "an invoice whose printed total is 0.10 more than net plus VAT: its totals check fails"),
                new DemoFile("van-der-linden-2026-0398.png", linden0398(), new ScanLook(-0.8, 236, 22, true, 398),
                        "a photocopy scanned: softer, darker, with toner specks"));
    }

    private static DemoBill dupuisFittings() {
        return DemoBill.invoice(DUPUIS, GARNIER, "FA-2026-0142", LocalDate.of(2026, 9, 14), 30, "BC-2026-118",
                DemoLine.of("Banque d'accueil en chêne massif, 2,40 m", "1", "ens.", "2850.00", "20"),
                DemoLine.of("Habillage mural en panneaux de chêne", "12.5", "m²", "96.00", "20"),
                DemoLine.of("Étagères murales sur mesure", "4", "u", "145.00", "20"),
                DemoLine.of("Pose et réglage sur site", "14", "h", "52.00", "20"),
                DemoLine.of("Déplacement Lyon – Lille", "1", "forf.", "180.00", "20"));
    }

    private static DemoBill dupuisCredit() {
        return DemoBill.credit(DUPUIS, GARNIER, "AV-2026-0009", LocalDate.of(2026, 10, 2), "FA-2026-0142",
                DemoLine.of("Remise commerciale pour retard de livraison", "1", "forf.", "-250.00", "20"),
                DemoLine.of("Étagère murale non livrée", "1", "u", "-145.00", "20"));
    }

    private static DemoBill dupuisDoors() {
        return DemoBill.invoice(DUPUIS, GARNIER, "FA-2026-0163", LocalDate.of(2026, 10, 21), 30, "BC-2026-131",
                DemoLine.of("Porte coulissante en frêne, 93 × 204 cm", "2", "u", "690.00", "20"),
                DemoLine.of("Quincaillerie et rail aluminium", "2", "ens.", "84.50", "20"),
                DemoLine.of("Pose et réglage sur site", "6", "h", "52.00", "20")).withTermsPage();
    }

    private static DemoBill albrechtFixtures() {
        return DemoBill.invoice(ALBRECHT, KRONBERG, "RE-26-1187", LocalDate.of(2026, 10, 5), 30, "4500-2291",
                DemoLine.of("Distanzhülse Ø 12 × 30 mm, Edelstahl", "40", PIECE, "3.85", "19"),
                DemoLine.of("Distanzhülse Ø 16 × 45 mm, Edelstahl", "40", PIECE, "4.60", "19"),
                DemoLine.of("Lagerbuchse Ø 20 × 25 mm, Bronze", "24", PIECE, "7.90", "19"),
                DemoLine.of("Passstift Ø 6 × 30 mm, gehärtet", "200", PIECE, "0.42", "19"),
                DemoLine.of("Aufnahmeplatte 250 × 180 × 20 mm, Alu", "6", PIECE, "86.50", "19"),
                DemoLine.of("Spannpratze M10, brüniert", "24", PIECE, "11.20", "19"),
                DemoLine.of("Führungsschiene 400 mm, geschliffen", "4", PIECE, "64.00", "19"),
                DemoLine.of("Anschlagleiste 320 mm, C45", "8", PIECE, "18.75", "19"),
                DemoLine.of("Gewindeeinsatz M8, Edelstahl", "100", PIECE, "1.35", "19"),
                DemoLine.of("Zylinderschraube M8 × 25, Festigkeit 12.9", "200", PIECE, "0.28", "19"),
                DemoLine.of("Zentrierring Ø 40 mm, gehärtet", "12", PIECE, "9.80", "19"),
                DemoLine.of("Grundkörper Vorrichtung VR-118", "2", PIECE, "412.00", "19"),
                DemoLine.of("Deckplatte VR-118, eloxiert", "2", PIECE, "96.40", "19"),
                DemoLine.of("Druckstück Ø 25 mm, Polyamid", "16", PIECE, "5.15", "19"),
                DemoLine.of("Kniehebelspanner 45 kg", "6", PIECE, "23.90", "19"),
                DemoLine.of("Rundmaterial Ø 30 mm, 42CrMo4", "3.5", "m", "28.60", "19"),
                DemoLine.of("Flachmaterial 40 × 10 mm, S235", "6", "m", "9.40", "19"),
                DemoLine.of("Drehteil DT-4471 nach Zeichnung", "50", PIECE, "12.85", "19"),
                DemoLine.of("Drehteil DT-4472 nach Zeichnung", "50", PIECE, "14.10", "19"),
                DemoLine.of("Frästeil FT-2210 nach Zeichnung", "20", PIECE, "38.70", "19"),
                DemoLine.of("Frästeil FT-2211 nach Zeichnung", "20", PIECE, "42.30", "19"),
                DemoLine.of("Härten und Anlassen, Charge 311", "1", "psch.", "145.00", "19"),
                DemoLine.of("Brünieren, Charge 312", "1", "psch.", "68.00", "19"),
                DemoLine.of("Rundschleifen der Passungen h6", "3", "Std.", "78.00", "19"),
                DemoLine.of("CNC-Programmierung FT-2210 und FT-2211", "2.5", "Std.", "85.00", "19"),
                DemoLine.of("Messprotokoll nach Kundenvorgabe", "2", PIECE, "45.00", "19"),
                DemoLine.of("Prüfung mit Koordinatenmessmaschine", "1.5", "Std.", "96.00", "19"),
                DemoLine.of("Montage Vorrichtung VR-118", "4", "Std.", "72.00", "19"),
                DemoLine.of("Verpackung in Holzkiste", "1", PIECE, "38.00", "19"),
                DemoLine.of("Versand per Spedition", "1", "psch.", "95.00", "19"));
    }

    private static DemoBill albrechtTurnedParts() {
        return DemoBill.invoice(ALBRECHT, KRONBERG, "RE-26-1204", LocalDate.of(2026, 10, 19), 30, "4500-2317",
                DemoLine.of("Drehteil DT-4471 nach Zeichnung", "120", PIECE, "12.85", "19"),
                DemoLine.of("Drehteil DT-4472 nach Zeichnung", "80", PIECE, "14.10", "19"),
                DemoLine.of("Härten und Anlassen, Charge 330", "1", "psch.", "145.00", "19"),
                DemoLine.of("Versand per Paketdienst", "1", "psch.", "18.50", "19"));
    }

    private static DemoBill linden0417() {
        return DemoBill.invoice(VAN_DER_LINDEN, DE_KROON, "2026-0417", LocalDate.of(2026, 10, 8), 14, "PO-7781",
                DemoLine.of("Koeriersrit Rotterdam – Utrecht / Courier run", "6", "", "85.00", "21"),
                DemoLine.of("Spoedlevering zelfde dag / Same-day express", "2", "", "145.00", "21"),
                DemoLine.of("Wachttijd per kwartier / Waiting time (15 min)", "5", "", "12.50", "21"),
                DemoLine.of("Brandstoftoeslag / Fuel surcharge", "1", "", "43.10", "21"));
    }

    private static DemoBill linden0452() {
        return DemoBill.invoice(VAN_DER_LINDEN, DE_KROON, "2026-0452", LocalDate.of(2026, 10, 29), 14, "PO-7814",
                DemoLine.of("Koeriersrit Rotterdam – Amsterdam / Courier run", "4", "", "112.00", "21"),
                DemoLine.of("Avondlevering / Evening delivery", "3", "", "65.00", "21"),
                DemoLine.of("Pallettransport / Pallet transport", "1", "", "180.00", "21"),
                DemoLine.of("Brandstoftoeslag / Fuel surcharge", "1", "", "41.15", "21"));
    }

    private static DemoBill linden0398() {
        return DemoBill.invoice(VAN_DER_LINDEN, DE_KROON, "2026-0398", LocalDate.of(2026, 9, 24), 14, null,
                DemoLine.of("Koeriersrit Rotterdam – Den Haag / Courier run", "8", "", "68.00", "21"),
                DemoLine.of("Documentenkoerier / Document courier", "3", "", "35.00", "21"),
                DemoLine.of("Brandstoftoeslag / Fuel surcharge", "1", "", "32.45", "21"));
    }
}
