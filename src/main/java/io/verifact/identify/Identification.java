package io.verifact.identify;

import io.verifact.model.Dossier;
import io.verifact.model.Supplier;

import java.util.List;
import java.util.Optional;

/**
 * Which supplier sent an invoice and to which client file it belongs, and why.
 *
 * @param supplier the supplier, when one was found
 * @param matchedBy what found it: {@code keyword}, {@code vat}, {@code siret}, {@code siren}, {@code national},
 *        {@code iban}, {@code bank}, {@code phone}, {@code fax}, {@code name}, {@code layout}, {@code operator};
 *        empty when none was found
 * @param candidates the other suppliers that matched as well, for the operator to choose from
 * @param log every step, in words the operator reads on the invoice
 * @param dossier the client file the invoice is for, when one was found
 * @param dossierMatchedBy what found the client file: an identifier's kind, {@code name}, {@code given}
 * @param account the account to book the invoice on, after the client file's account mappings
 * @param proposal for an unknown supplier, the supplier to create from what the page shows
 */
public record Identification(Optional<Supplier> supplier, String matchedBy, List<Supplier> candidates, List<String> log,
                             Optional<Dossier> dossier, String dossierMatchedBy, Optional<String> account,
                             Optional<NewSupplier> proposal) {

    public static final Identification NONE = new Identification(Optional.empty(), "", List.of(), List.of());

    public Identification {
        candidates = List.copyOf(candidates);
        log = List.copyOf(log);
    }

    public Identification(Optional<Supplier> supplier, String matchedBy, List<Supplier> candidates, List<String> log) {
        this(supplier, matchedBy, candidates, log, Optional.empty(), "", Optional.empty(), Optional.empty());
    }
}
