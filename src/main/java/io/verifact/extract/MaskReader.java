package io.verifact.extract;

import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;
import io.verifact.model.Mask;
import io.verifact.model.PageText;
import io.verifact.model.Zone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads an invoice through a supplier's mask: each taught zone placed on the invoice and read for its field. */
public final class MaskReader {

    private MaskReader() {
    }

    /**
     * The value of every zone of the mask that reads one on this invoice, by field key.
     *
     * @param kinds the kind of each custom field, by name; a zone whose field is neither standard nor
     *        known there is left out
     */
    public static Map<String, Candidate> read(Mask mask, List<PageText> pages, Function<String, Optional<FieldKey.Kind>> kinds) {
        Map<String, Candidate> values = new LinkedHashMap<>();
        for (Zone zone : mask.zones()) {
            Optional<ZoneReader.Target> target = FieldKey.fromKey(zone.field()).map(ZoneReader.Target::of)
                    .or(() -> VatRowReader.row(zone.field()).map(row -> ZoneReader.Target.vatRow()))
                    .or(() -> kinds.apply(zone.field()).map(ZoneReader.Target::custom));
            if (target.isEmpty()) {
                continue;
            }
            // Beside its label first; where it was drawn when nothing of the field's kind stands there.
            for (ZonePlacing.Placed placed : ZonePlacing.places(zone, pages)) {
                Optional<Candidate> value = ZoneReader.placed(pages.get(placed.page() - 1), placed.box(), target.get(), zone.sample());
                if (value.isPresent()) {
                    values.put(zone.field(), value.get());
                    break;
                }
            }
        }
        return values;
    }
}
