package io.verifact.capture;

import static io.verifact.capture.DemoParties.DUPUIS;
import static io.verifact.capture.DemoParties.GARNIER;

import io.verifact.capture.SupplierSeries.Entry;
import io.verifact.capture.SupplierSeries.Issue;
import io.verifact.capture.SupplierSeries.Item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo series: Atelier Dupuis's invoices to Garnier Distribution from late October to late
 * November 2026, fitting out its offices, and the last one on the letterhead it adopted then. Dupuis
 * was the supplier the layout rules read least well when the series was made (on an invoice of two
 * pages they took the legal mention "au capital de" into its name), and it has the most identifiers
 * for a mask to leave alone: SIREN and SIRET besides the VAT number and the IBAN.
 */
final class DupuisSeries {

    /** What the workshop sells, each item at its price; the quantities vary from invoice to invoice. */
    private static final List<Item> CATALOGUE = List.of(
            new Item("Habillage mural en panneaux de chêne", "m²", "96.00"),
            new Item("Étagères murales sur mesure", "u", "145.00"),
            new Item("Pose et réglage sur site", "h", "52.00"),
            new Item("Plinthes en chêne, 80 mm", "ml", "12.40"),
            new Item("Tablette de fenêtre en hêtre", "u", "68.00"),
            new Item("Placard sous escalier, façades laquées", "ens.", "1240.00"),
            new Item("Caisson de rangement mélaminé blanc", "u", "118.00"),
            new Item("Façade de tiroir en noyer", "u", "42.50"),
            new Item("Poignée en laiton brossé", "u", "9.80"),
            new Item("Charnière invisible à amortisseur", "u", "7.60"),
            new Item("Bibliothèque murale en chêne, 2,20 m", "ens.", "1580.00"),
            new Item("Comptoir d'angle en frêne teinté", "ens.", "1960.00"),
            new Item("Panneau acoustique perforé", "m²", "74.00"),
            new Item("Vernis mat en deux couches", "m²", "18.50"),
            new Item("Dépose de l'ancien mobilier", "h", "45.00"),
            new Item("Évacuation des déchets de chantier", "forf.", "95.00"),
            new Item("Étude et plans d'exécution", "h", "65.00"),
            new Item("Ponçage et reprise des chants", "h", "48.00"),
            new Item("Cloison vitrée, cadre en chêne", "m²", "320.00"),
            new Item("Serrure à code pour casier", "u", "36.00"),
            new Item("Porte coulissante en frêne, 93 × 204 cm", "u", "690.00"),
            new Item("Quincaillerie et rail aluminium", "ens.", "84.50"),
            new Item("Banc de vestiaire en hêtre massif", "u", "265.00"),
            new Item("Patères en chêne huilé", "u", "14.00"));

    private static final SupplierSeries SERIES = new SupplierSeries(DUPUIS, GARNIER, "atelier-dupuis-", CATALOGUE, ", 2e phase",
            "20", 30);

    private DupuisSeries() {
    }

    static List<Entry> files() {
        DemoSupplier renewed = DUPUIS.withLook(new FrenchCentredLook("Menuiserie · Agencement · Ébénisterie", "Lyon", "8 000 €"));
        List<Entry> files = new ArrayList<>(SERIES.sameLayout(
                new Issue("FA-2026-0171", LocalDate.of(2026, 10, 27), "BC-2026-140"),
                new Issue("FA-2026-0178", LocalDate.of(2026, 11, 3), "BC-2026-144"), 18,
                new Issue("FA-2026-0186", LocalDate.of(2026, 11, 10), "BC-2026-151"),
                new Issue("FA-2026-0190", LocalDate.of(2026, 11, 17), "BC-2026-155"), new ScanLook(-0.5, 244, 16, false, 190)));
        files.add(SERIES.entry(SERIES.bill(renewed, new Issue("FA-2026-0197", LocalDate.of(2026, 11, 24), "BC-2026-160"), 5), null,
                SeriesInvoice.Kind.NEW_LETTERHEAD, "the new letterhead: head, labels and totals moved, identifiers unchanged"));
        return List.copyOf(files);
    }
}
