package io.verifact.identify;

import io.verifact.model.Supplier;

import java.util.List;
import java.util.Optional;

/**
 * Which supplier sent an invoice, and why.
 *
 * @param supplier the supplier, when one was found
 * @param matchedBy what found it: {@code vat}, {@code siret}, {@code siren}, {@code iban}, {@code name},
 *        {@code layout}, {@code operator}; empty when none was found
 * @param candidates the other suppliers that matched as well, for the operator to choose from
 * @param log every step, in words the operator reads on the invoice
 */
public record Identification(Optional<Supplier> supplier, String matchedBy, List<Supplier> candidates, List<String> log) {

    public static final Identification NONE = new Identification(Optional.empty(), "", List.of(), List.of());

    public Identification {
        candidates = List.copyOf(candidates);
        log = List.copyOf(log);
    }

    public static Identification by(Supplier supplier, String matchedBy, String why) {
        return new Identification(Optional.of(supplier), matchedBy, List.of(), List.of(why));
    }
}
