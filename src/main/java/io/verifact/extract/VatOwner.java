package io.verifact.extract;

import io.verifact.check.VatNumbers;
import io.verifact.model.FieldKey;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whose VAT number is whose. The buyer's stands in the buyer's section or after a label that says so
 * ("N° TVA client", "Ihre USt-IdNr."); every other number is the supplier's, those in the seller's
 * section or after the seller's own labels weighing most. A number whose check digits fail is read
 * as printed but never given a sure confidence.
 */
final class VatOwner {

    /** How sure the supplier's name must be for a number beside it to be the supplier's. */
    private static final double NAMED_SUPPLIER = 0.8;

    private final Reading reading;
    private final PartyReader parties;
    private final IdentifierReader identifiers;

    VatOwner(Reading reading, PartyReader parties, IdentifierReader identifiers) {
        this.reading = reading;
        this.parties = parties;
        this.identifiers = identifiers;
    }

    Map<FieldKey, Scored.Choice> read() {
        Scored supplier = new Scored();
        Scored buyer = new Scored();
        // The buyer's number, whichever way it is printed (a Swiss one with or without MWST).
        Set<String> buyers = new HashSet<>();
        List<Spot<String>> numbers = identifiers.vatNumbers();
        for (Spot<String> vat : numbers) {
            if (isBuyers(vat)) {
                buyer.add(vat.value(), vat, vat.nearness());
                buyers.add(VatNumbers.identity(vat.value()));
            }
        }
        for (Spot<String> vat : numbers) {
            boolean sellers = labelledOnLine(vat, Concept.SELLER_VAT) || parties.inSellerBlock(vat.page(), vat.box()) || besideSupplierName(vat);
            // The buyer's number printed elsewhere is still the buyer's, unless the seller's own section shows it.
            if (buyers.contains(VatNumbers.identity(vat.value())) && !sellers) {
                continue;
            }
            supplier.add(vat.value(), vat, (sellers ? 1.2 : 0.8) * vat.nearness() + 0.05 * (1 - reading.depth(vat.phrase())));
        }
        Map<FieldKey, Scored.Choice> chosen = new EnumMap<>(FieldKey.class);
        if (!supplier.isEmpty()) {
            Map.Entry<String, Double> best = supplier.ranked().getFirst();
            supplier.choose(!valid(best.getKey()) ? 0.6 : best.getValue() < 0.5 ? 0.7 : 0.95).ifPresent(c -> chosen.put(FieldKey.SUPPLIER_VAT, c));
        }
        if (!buyer.isEmpty()) {
            buyer.choose(valid(buyer.ranked().getFirst().getKey()) ? 0.9 : 0.6).ifPresent(c -> chosen.put(FieldKey.BUYER_VAT, c));
        }
        return chosen;
    }

    private static boolean valid(String vat) {
        return VatNumbers.checkAnyCountry(vat).valid();
    }

    private boolean isBuyers(Spot<String> vat) {
        return parties.inBuyerBlock(vat.page(), vat.box()) || labelledOnLine(vat, Concept.BUYER_VAT) || labelledAbove(vat);
    }

    /**
     * The supplier's name on the same line, as a legal line prints them ("Ardenergie SA · Boulevard … ·
     * TVA BE 0499.674.219"); an address block puts its name on a line of its own.
     */
    private boolean besideSupplierName(Spot<String> vat) {
        return parties.supplier().map(Scored.Choice::chosen)
                .filter(name -> name.page() == vat.page() && name.box() != null && name.confidence() >= NAMED_SUPPLIER)
                .filter(name -> Math.abs(name.box().centerY() - vat.phrase().box.centerY()) < vat.phrase().height() / 2)
                .isPresent();
    }

    /** A label earlier on the same line, or in the same phrase, announces this number. */
    private boolean labelledOnLine(Spot<String> vat, Concept concept) {
        Line line = reading.layout.lineOf(vat.phrase());
        for (Labels.Hit hit : reading.hits(concept)) {
            Phrase p = hit.phrase();
            if (hit.weight() >= 0.9 && p.page == vat.page() && p.lineIndex == line.index() && p.box.x0() <= vat.box().x0()) {
                return true;
            }
        }
        return false;
    }

    /** A buyer's label on the line just above, in the same column (label over value). */
    private boolean labelledAbove(Spot<String> vat) {
        for (Labels.Hit hit : reading.hits(Concept.BUYER_VAT)) {
            Phrase p = hit.phrase();
            if (p.page == vat.page() && p.lineIndex == vat.phrase().lineIndex - 1 && p.box.horizontalOverlap(vat.box()) > 0) {
                return true;
            }
        }
        return false;
    }
}
