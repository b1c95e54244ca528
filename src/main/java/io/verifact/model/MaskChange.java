package io.verifact.model;

import java.time.Instant;
import java.util.List;

/**
 * One version of a mask in its history: who changed it, when, on which invoice, and the zones it then had.
 *
 * @param maskId the mask
 * @param version the version this change made, from 1
 * @param at when
 * @param actor who
 * @param action what was done: {@code teach}, {@code remove zone}, {@code restore}, {@code delete}
 * @param field the field the change was about, or null
 * @param invoice the SHA-256 of the invoice it was made on, or null
 * @param zones the zones after the change
 * @param print the layout after the change
 */
public record MaskChange(String maskId, int version, Instant at, String actor, String action, String field,
                         String invoice, List<Zone> zones, LayoutPrint print) {

    public MaskChange {
        zones = List.copyOf(zones);
    }
}
