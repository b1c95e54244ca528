package io.verifact.model;

import java.util.List;

/**
 * The supplier an invoice was identified as, and how, as kept with the invoice for the operator to read.
 *
 * @param supplierId the supplier, or empty when none was found
 * @param matchedBy what found it ({@code vat}, {@code keyword}, {@code name}, {@code operator}...), or empty
 * @param candidates the other suppliers that matched as well, by id
 * @param account the account the invoice is booked on, or empty
 * @param log every step, in words
 */
public record SupplierChoice(String supplierId, String matchedBy, List<String> candidates, String account, List<String> log) {

    public SupplierChoice {
        supplierId = supplierId == null ? "" : supplierId;
        matchedBy = matchedBy == null ? "" : matchedBy;
        candidates = List.copyOf(candidates);
        account = account == null ? "" : account;
        log = List.copyOf(log);
    }
}
