package io.verifact.identify;

import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;

import java.util.List;
import java.util.Optional;

/**
 * A supplier the register does not have yet, as the invoice presents it, for the operator to create.
 *
 * @param name as printed
 * @param identifiers the supplier's identifiers the page shows, never the client file's
 * @param account the account built by the client file's rule
 * @param existing a supplier of the register that already has one of these VAT numbers, SIRENs or
 *        SIRETs: it is the one to use, no second one is made
 */
public record NewSupplier(String name, List<SupplierId> identifiers, String account, Optional<Supplier> existing) {

    public NewSupplier {
        identifiers = List.copyOf(identifiers);
    }
}
