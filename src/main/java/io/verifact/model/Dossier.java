package io.verifact.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A client file: one of the firm's clients, whose invoices are kept together and shown only to those
 * it is granted to. Its identifiers are the buyer's on its invoices: they name the file, never the supplier.
 *
 * @param id its identity, the same on every workstation
 * @param ref the id the firm's own register gives it, or empty
 * @param name the client's name
 * @param identifiers the client's VAT number, SIREN, SIRET and others
 * @param address where the client is
 * @param accountPrefix what its supplier accounts start with ({@code 401} in the French chart)
 * @param accountLength how long its supplier accounts are, or 0 for no fixed length
 * @param firm whether this is the firm itself: its identifiers are suppressed like a client's
 * @param mappings account mappings (concordances): an identified supplier's account, to the account to book on
 */
public record Dossier(String id, String ref, String name, List<SupplierId> identifiers, Address address,
                     String accountPrefix, int accountLength, boolean firm, Map<String, String> mappings) {

    public static final String DEFAULT_PREFIX = "401";

    public Dossier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        ref = ref == null ? "" : ref.strip();
        identifiers = List.copyOf(identifiers);
        address = address == null ? Address.NONE : address;
        accountPrefix = accountPrefix == null ? DEFAULT_PREFIX : accountPrefix.strip();
        if (accountLength < 0 || accountLength > 40) {
            throw new IllegalArgumentException("an account length is between 0 and 40");
        }
        mappings = Map.copyOf(mappings);
    }

    public Dossier(String id, String name) {
        this(id, "", name, List.of(), Address.NONE, DEFAULT_PREFIX, 0, false, Map.of());
    }

    /** The id the firm knows it by: its register's own when it came with one, ours otherwise. */
    public String code() {
        return ref.isEmpty() ? id : ref;
    }

    public Optional<String> identifier(SupplierId.Kind kind) {
        return identifiers.stream().filter(i -> i.kind() == kind).map(SupplierId::value).findFirst();
    }
}
