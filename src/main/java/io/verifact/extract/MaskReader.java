package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.Engine;
import io.verifact.model.FieldKey;
import io.verifact.model.Mask;
import io.verifact.model.PageText;
import io.verifact.model.Zone;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads an invoice through a supplier's mask: each taught zone placed on the invoice and read for its field. */
public final class MaskReader {

    /** What the confidence of a value is worth when its zone's label was not found. */
    private static final double UNANCHORED = 0.8;

    private MaskReader() {
    }

    /**
     * The value of every zone of the mask that reads one on this invoice, by field key.
     *
     * @param kinds the kind of each custom field, by name; a zone whose field is neither standard nor
     *        known there is left out
     */
    public static Map<String, Candidate> read(Mask mask, List<PageText> pages, Function<String, Optional<FieldKey.Kind>> kinds) {
        return read(mask, pages, kinds, ZoneEyes.NONE);
    }

    /**
     * @param eyes reads a zone of a scanned page again on its own; what it reads there is taken first
     */
    public static Map<String, Candidate> read(Mask mask, List<PageText> pages, Function<String, Optional<FieldKey.Kind>> kinds,
                                              ZoneEyes eyes) {
        Map<String, Candidate> values = new LinkedHashMap<>();
        // The pages' lines, built once for every zone to find its label and its constant in.
        Layout layout = new Layout(pages);
        Map<Zone, Double> moved = new HashMap<>();
        for (Zone zone : mask.zones()) {
            ZonePlacing.uniqueShift(zone, layout).ifPresent(shift -> moved.put(zone, shift));
        }
        for (Zone zone : mask.zones()) {
            double shift = blockShift(zone, moved);
            Optional<ZoneReader.Target> target = ZoneReader.Target.of(zone.field(), kinds);
            if (target.isEmpty()) {
                continue;
            }
            Optional<Candidate> constant = Constants.find(zone, layout);
            if (constant.isPresent()) {
                values.put(zone.field(), constant.get());
                continue;
            }
            // Beside its label first; where it was drawn when nothing of the field's kind stands there.
            for (ZonePlacing.Placed placed : ZonePlacing.places(zone, layout, shift)) {
                PageText page = pages.get(placed.page() - 1);
                Optional<Candidate> value = alone(page, placed.box(), eyes)
                        .flatMap(words -> ZoneReader.placed(words, placed.box(), target.get(), zone.sample()))
                        .or(() -> ZoneReader.placed(page, placed.box(), target.get(), zone.sample()));
                if (value.isPresent()) {
                    // A zone whose label is not printed here stands where it stood before: a guess, to be looked at.
                    Candidate read = value.get();
                    values.put(zone.field(), placed.anchored() ? read
                            : new Candidate(read.value(), read.printed(), read.confidence() * UNANCHORED, read.page(), read.box()));
                    break;
                }
            }
        }
        return values;
    }

    /**
     * How far the block of the zone moved down: as far as the nearest label printed only once on the
     * same page did (a total's "TVA" goes down with "Total TTC", not with the header's "TVA BE…").
     */
    private static double blockShift(Zone zone, Map<Zone, Double> moved) {
        if (!zone.hasLabel()) {
            return 0;
        }
        return moved.entrySet().stream()
                .filter(e -> e.getKey().page().equals(zone.page()))
                .min(Comparator.comparingDouble(e -> Math.abs(e.getKey().labelBox().centerY() - zone.labelBox().centerY())))
                .map(Map.Entry::getValue).orElse(0.0);
    }

    /**
     * The zone of a scanned page read on its own, widened so that a value longer than the one taught
     * is read whole.
     */
    private static Optional<PageText> alone(PageText page, Box zone, ZoneEyes eyes) {
        if (page.engine() != Engine.TESSERACT) {
            return Optional.empty();
        }
        double wider = Math.max(zone.width() * 0.5, 0.02);
        Box around = Box.of(zone.x0() - wider, zone.y0() - 0.004, zone.x1() + wider, zone.y1() + 0.004, 1, 1);
        return eyes.read(page.number(), around).filter(words -> !words.isEmpty())
                .map(words -> new PageText(page.number(), words, page.engine(), page.width(), page.height()));
    }
}
