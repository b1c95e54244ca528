package io.verifact.capture;

import static io.verifact.capture.DemoParties.ALBRECHT;
import static io.verifact.capture.DemoParties.DE_KROON;
import static io.verifact.capture.DemoParties.KRONBERG;
import static io.verifact.capture.DemoParties.LAMBOTTE;
import static io.verifact.capture.DemoParties.LEMAIRE;
import static io.verifact.capture.DemoParties.VAN_DER_LINDEN;

import io.verifact.capture.SupplierSeries.Entry;
import io.verifact.capture.SupplierSeries.Issue;
import io.verifact.capture.SupplierSeries.Item;

import java.time.LocalDate;
import java.util.List;

/**
 * The series of the three other demo suppliers, each in its own layout and language, to the client it
 * bills in the demo set: Imprimerie Lambotte printing for Lemaire Logistique in Belgium, Feinmechanik
 * Albrecht machining for Kronberg Antriebstechnik in Germany, Van der Linden running couriers for De
 * Kroon Evenementen in the Netherlands. Each has one layout, so no letterhead changes.
 */
final class NeighbourSeries {

    private static final List<Item> PRINTING = List.of(
            new Item("Brochure A4, 16 p., quadri, 135 g", "ex.", "2.80"),
            new Item("Dépliants A4 trois volets, 135 g", "ex.", "0.18"),
            new Item("Cartes de visite, 350 g, pelliculées", "", "24.50"),
            new Item("Mise en page et bon à tirer", "", "240.00"),
            new Item("Affiches A2, papier couché 170 g", "ex.", "1.90"),
            new Item("Papier à en-tête A4, 100 g", "ex.", "0.09"),
            new Item("Enveloppes C5 à fenêtre, imprimées", "ex.", "0.14"),
            new Item("Chemises à rabats, 350 g", "ex.", "1.25"),
            new Item("Catalogue 48 p., dos carré collé", "ex.", "6.40"),
            new Item("Reliure spirale, couverture PVC", "", "4.80"),
            new Item("Calendriers muraux 2027, 13 feuillets", "ex.", "5.60"),
            new Item("Autocollants découpés à la forme", "ex.", "0.35"),
            new Item("Kakémono 85 × 200 cm avec structure", "", "145.00"),
            new Item("Épreuve couleur certifiée", "", "35.00"),
            new Item("Pliage et mise sous pli", "ex.", "0.06"),
            new Item("Livraison à Namur", "forf.", "45.00"));

    private static final List<Item> MACHINING = List.of(
            new Item("Distanzhülse Ø 12 × 30 mm, Edelstahl", "Stk", "3.85"),
            new Item("Lagerbuchse Ø 20 × 25 mm, Bronze", "Stk", "7.90"),
            new Item("Passstift Ø 6 × 30 mm, gehärtet", "Stk", "0.42"),
            new Item("Aufnahmeplatte 250 × 180 × 20 mm, Alu", "Stk", "86.50"),
            new Item("Spannpratze M10, brüniert", "Stk", "11.20"),
            new Item("Führungsschiene 400 mm, geschliffen", "Stk", "64.00"),
            new Item("Gewindeeinsatz M8, Edelstahl", "Stk", "1.35"),
            new Item("Zentrierring Ø 40 mm, gehärtet", "Stk", "9.80"),
            new Item("Druckstück Ø 25 mm, Polyamid", "Stk", "5.15"),
            new Item("Kniehebelspanner 45 kg", "Stk", "23.90"),
            new Item("Rundmaterial Ø 30 mm, 42CrMo4", "m", "28.60"),
            new Item("Drehteil DT-4471 nach Zeichnung", "Stk", "12.85"),
            new Item("Frästeil FT-2210 nach Zeichnung", "Stk", "38.70"),
            new Item("Härten und Anlassen", "psch.", "145.00"),
            new Item("Rundschleifen der Passungen h6", "Std.", "78.00"),
            new Item("CNC-Programmierung", "Std.", "85.00"),
            new Item("Messprotokoll nach Kundenvorgabe", "Stk", "45.00"),
            new Item("Montage Vorrichtung", "Std.", "72.00"),
            new Item("Verpackung in Holzkiste", "psch.", "38.00"),
            new Item("Versand per Spedition", "psch.", "95.00"));

    private static final List<Item> COURIERS = List.of(
            new Item("Koeriersrit Rotterdam – Utrecht / Courier run", "", "85.00"),
            new Item("Spoedlevering zelfde dag / Same-day express", "", "145.00"),
            new Item("Wachttijd per kwartier / Waiting time (15 min)", "", "12.50"),
            new Item("Avondlevering / Evening delivery", "", "65.00"),
            new Item("Pallettransport / Pallet transport", "", "180.00"),
            new Item("Documentenkoerier / Document courier", "", "35.00"),
            new Item("Koeriersrit Rotterdam – Amsterdam / Courier run", "", "112.00"),
            new Item("Weekendlevering / Weekend delivery", "", "95.00"),
            new Item("Extra stop onderweg / Extra stop", "", "22.50"),
            new Item("Koelvervoer / Chilled transport", "", "160.00"),
            new Item("Laad- en loshulp / Loading assistance", "", "38.00"),
            new Item("Koeriersrit Rotterdam – Den Haag / Courier run", "", "68.00"),
            new Item("Retourzending / Return shipment", "", "42.00"),
            new Item("Brandstoftoeslag / Fuel surcharge", "forf.", "39.80"));

    private static final SupplierSeries LAMBOTTE_SERIES = new SupplierSeries(LAMBOTTE, LEMAIRE, "imprimerie-lambotte-", PRINTING,
            ", 2e tirage", "21", 30);
    private static final SupplierSeries ALBRECHT_SERIES = new SupplierSeries(ALBRECHT, KRONBERG, "feinmechanik-albrecht-", MACHINING,
            ", Nachlieferung", "19", 30);
    private static final SupplierSeries LINDEN_SERIES = new SupplierSeries(VAN_DER_LINDEN, DE_KROON, "van-der-linden-", COURIERS,
            " (2)", "21", 14);

    private NeighbourSeries() {
    }

    /** Imprimerie Lambotte's print jobs for Lemaire Logistique, October to November 2026. */
    static List<Entry> lambotte() {
        return LAMBOTTE_SERIES.sameLayout(
                new Issue("F2026-0341", LocalDate.of(2026, 10, 20), "LL-2026-051"),
                new Issue("F2026-0356", LocalDate.of(2026, 10, 28), "LL-2026-057"), 21,
                new Issue("F2026-0372", LocalDate.of(2026, 11, 6), "LL-2026-063"),
                new Issue("F2026-0389", LocalDate.of(2026, 11, 16), "LL-2026-070"), new ScanLook(0.7, 243, 17, false, 341));
    }

    /** Feinmechanik Albrecht's parts and work for Kronberg Antriebstechnik, October to November 2026. */
    static List<Entry> albrecht() {
        return ALBRECHT_SERIES.sameLayout(
                new Issue("RE-26-1231", LocalDate.of(2026, 10, 26), "4500-2342"),
                new Issue("RE-26-1248", LocalDate.of(2026, 11, 2), "4500-2358"), 18,
                new Issue("RE-26-1266", LocalDate.of(2026, 11, 9), "4500-2371"),
                new Issue("RE-26-1283", LocalDate.of(2026, 11, 18), "4500-2390"), new ScanLook(-0.9, 241, 18, false, 1231));
    }

    /** Van der Linden's courier runs for De Kroon Evenementen, October to November 2026. */
    static List<Entry> linden() {
        return LINDEN_SERIES.sameLayout(
                new Issue("2026-0468", LocalDate.of(2026, 10, 30), "PO-7826"),
                new Issue("2026-0481", LocalDate.of(2026, 11, 5), "PO-7839"), 18,
                new Issue("2026-0497", LocalDate.of(2026, 11, 12), "PO-7851"),
                new Issue("2026-0512", LocalDate.of(2026, 11, 19), "PO-7866"), new ScanLook(0.6, 239, 19, false, 468));
    }
}
