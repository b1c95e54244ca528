package io.verifact.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One layout of a supplier's invoices and where that layout prints each taught field.
 *
 * @param id its identity, the same on every workstation
 * @param supplierId the supplier it belongs to
 * @param version the number of its latest change, from 1
 * @param print what the layout looks like, to find the mask that fits an invoice best
 * @param zones one zone per field, in the order they were taught
 * @param taughtOn the SHA-256 of the invoice it was last taught on, to draw it over that invoice
 */
public record Mask(String id, String supplierId, int version, LayoutPrint print, List<Zone> zones, String taughtOn) {

    public Mask {
        zones = List.copyOf(zones);
    }

    public Optional<Zone> zone(String field) {
        return zones.stream().filter(z -> z.field().equals(field)).findFirst();
    }

    /** This mask with the zone for its field, replacing an earlier zone for the same field. */
    public List<Zone> zonesWith(Zone zone) {
        List<Zone> next = new ArrayList<>(zones.stream().filter(z -> !z.field().equals(zone.field())).toList());
        next.add(zone);
        return next;
    }
}
