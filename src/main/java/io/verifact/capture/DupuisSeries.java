package io.verifact.capture;

import static io.verifact.capture.DemoParties.DUPUIS;
import static io.verifact.capture.DemoParties.GARNIER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo series: Atelier Dupuis's invoices to Garnier Distribution from late October to late
 * November 2026, fitting out its offices, and the last one on the letterhead it adopted then. Dupuis
 * was the supplier the layout rules read least well when the series was made (on an invoice of two
 * pages they took the legal mention "au capital de" into its name), and it has the most identifiers
 * for a mask to leave alone: SIREN and SIRET besides the VAT number and the IBAN.
 */
final class DupuisSeries {

    /** One file of the series and which invoice of it it is. */
    record Entry(DemoFile file, SeriesInvoice.Kind kind) {
    }

    private record Item(String description, String unit, String unitPrice) {
    }

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

    private static final String VAT = "20";

    private DupuisSeries() {
    }

    static List<Entry> files() {
        DemoSupplier renewed = DUPUIS.withLook(new FrenchCentredLook("Menuiserie · Agencement · Ébénisterie", "Lyon", "8 000 €"));
        return List.of(
                entry(bill(DUPUIS, "FA-2026-0171", LocalDate.of(2026, 10, 27), "BC-2026-140", 3), null, SeriesInvoice.Kind.FEW_LINES,
                        "three lines: the totals stand high on the page"),
                entry(bill(DUPUIS, "FA-2026-0178", LocalDate.of(2026, 11, 3), "BC-2026-144", 18), null, SeriesInvoice.Kind.MANY_LINES,
                        "a full first page of lines: the same totals stand low, just above the foot"),
                entry(bill(DUPUIS, "FA-2026-0186", LocalDate.of(2026, 11, 10), "BC-2026-151", 45), null,
                        SeriesInvoice.Kind.TOTALS_OVERLEAF, "lines running over onto a second page, which carries the totals"),
                entry(bill(DUPUIS, "FA-2026-0190", LocalDate.of(2026, 11, 17), "BC-2026-155", 7),
                        new ScanLook(-0.5, 244, 16, false, 190), SeriesInvoice.Kind.SCANNED, "an invoice of the same layout, scanned"),
                entry(bill(renewed, "FA-2026-0197", LocalDate.of(2026, 11, 24), "BC-2026-160", 5), null,
                        SeriesInvoice.Kind.NEW_LETTERHEAD, "the new letterhead: head, labels and totals moved, identifiers unchanged"));
    }

    private static Entry entry(DemoBill bill, ScanLook scan, SeriesInvoice.Kind kind, String shows) {
        String name = "atelier-dupuis-" + bill.number() + (scan == null ? ".pdf" : ".png");
        return new Entry(new DemoFile(name, bill, scan, shows), kind);
    }

    /** A bill of so many lines, drawn from the catalogue with quantities seeded by its number. */
    private static DemoBill bill(DemoSupplier supplier, String number, LocalDate date, String order, int count) {
        Random random = new Random(number.hashCode());
        int start = random.nextInt(CATALOGUE.size());
        List<DemoLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Item item = CATALOGUE.get((start + i) % CATALOGUE.size());
            // A second pass over the catalogue is the work's second phase.
            String description = i < CATALOGUE.size() ? item.description() : item.description() + ", 2e phase";
            lines.add(new DemoLine(description, quantity(item.unit(), random), item.unit(), new BigDecimal(item.unitPrice()),
                    new BigDecimal(VAT)));
        }
        return DemoBill.invoice(supplier, GARNIER, number, date, 30, order, lines.toArray(DemoLine[]::new));
    }

    private static BigDecimal quantity(String unit, Random random) {
        return switch (unit) {
            case "h" -> BigDecimal.valueOf(2 + random.nextInt(15));
            case "m²" -> BigDecimal.valueOf(8 + random.nextInt(50)).divide(BigDecimal.TWO);
            case "ml" -> BigDecimal.valueOf(6 + random.nextInt(55));
            case "u" -> BigDecimal.valueOf(1 + random.nextInt(12));
            default -> BigDecimal.ONE;
        };
    }
}
