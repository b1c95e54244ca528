package io.verifact.workflow;

import io.verifact.model.Supplier;

import java.util.Optional;

/**
 * A supplier the register does not have yet, as an invoice shows it, for the operator to complete and create.
 *
 * @param draft its name, the identifiers the invoice gives it, and its account in the invoice's client file; no id yet
 * @param existing the supplier already in the register with one of its VAT numbers, SIRETs or SIRENs, to take instead
 */
public record SupplierProposal(Supplier draft, Optional<Supplier> existing) {
}
