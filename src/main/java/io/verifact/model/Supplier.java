package io.verifact.model;

import java.util.List;
import java.util.Optional;

/**
 * A supplier of the firm's register.
 *
 * @param id its identity, the same on every workstation
 * @param name its name as printed on its invoices
 * @param identifiers its VAT number, tax numbers and bank accounts, strongest kind first
 */
public record Supplier(String id, String name, List<SupplierId> identifiers) {

    public Supplier {
        identifiers = List.copyOf(identifiers);
    }

    /** The first identifier of that kind. */
    public Optional<String> identifier(SupplierId.Kind kind) {
        return identifiers.stream().filter(i -> i.kind() == kind).map(SupplierId::value).findFirst();
    }

    /** What an operator reads to know which supplier this is: its name and its strongest identifier. */
    public String label() {
        return identifiers.isEmpty() ? name : name + " (" + identifiers.getFirst().value() + ")";
    }
}
