package io.verifact.workflow;

import io.verifact.extract.LayoutPrints;
import io.verifact.extract.UprightPages;
import io.verifact.identify.Identification;
import io.verifact.identify.SupplierFinder;
import io.verifact.model.Dossier;
import io.verifact.model.LayoutPrint;
import io.verifact.model.Mask;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Supplier;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which supplier an invoice is from and which of its masks fits it: the supplier by the identifiers
 * the invoice prints, or, when none is known, by a mask whose layout the invoice has closely; then the
 * supplier's mask whose layout fits best.
 *
 * @param identification the supplier and why
 * @param mask the mask to read the invoice with, when one fits
 */
record MaskChoice(Identification identification, Optional<Mask> mask) {

    /** A layout this close to a mask's identifies its supplier when no identifier does. */
    static final double SAME_LAYOUT = 0.6;

    static MaskChoice of(Knowledge knowledge, Recognition layout, List<PageText> pages) {
        return of(knowledge, layout, pages, null);
    }

    /** @param given the client file the invoice was put into, or null to find it on the invoice */
    static MaskChoice of(Knowledge knowledge, Recognition layout, List<PageText> pages, Dossier given) {
        List<Supplier> register = knowledge.suppliers();
        List<Dossier> dossiers = knowledge.dossiers();
        if (register.isEmpty() && dossiers.isEmpty() && given == null) {
            return new MaskChoice(Identification.NONE, Optional.empty());
        }
        SupplierFinder finder = new SupplierFinder(register, dossiers);
        // Masks are taught, and suppliers searched for, on pages upright: a page read turned is set upright once, for both.
        List<PageText> upright = UprightPages.of(pages);
        Identification found = finder.identify(layout, upright, given);
        List<Mask> masks = knowledge.masks();
        LayoutPrint print = LayoutPrints.of(upright);
        if (found.supplier().isPresent()) {
            String supplierId = found.supplier().get().id();
            return new MaskChoice(found, best(masks.stream().filter(m -> m.supplierId().equals(supplierId)).toList(), print, LayoutPrints.FITS));
        }
        Optional<Mask> alike = best(masks, print, SAME_LAYOUT);
        if (alike.isEmpty()) {
            return new MaskChoice(found, Optional.empty());
        }
        Map<String, Supplier> byId = register.stream().collect(Collectors.toMap(Supplier::id, Function.identity()));
        Supplier supplier = byId.get(alike.get().supplierId());
        if (supplier == null) {
            return new MaskChoice(found, Optional.empty());
        }
        return new MaskChoice(finder.withSupplier(found, supplier, "layout", String.format(java.util.Locale.ROOT,
                "The invoice has the layout of a mask of %s (%.0f %% alike) → supplier %s",
                supplier.name(), 100 * LayoutPrints.fit(alike.get().print(), print), supplier.name())), alike);
    }

    /** The mask whose layout fits best, if it fits at least {@code least}. */
    static Optional<Mask> best(List<Mask> masks, LayoutPrint print, double least) {
        return masks.stream()
                .map(m -> Map.entry(m, LayoutPrints.fit(m.print(), print)))
                .filter(e -> e.getValue() >= least)
                .max(Comparator.comparingDouble(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
