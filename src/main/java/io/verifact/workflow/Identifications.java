package io.verifact.workflow;

import io.verifact.identify.Identification;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierChoice;

/** An identification as the invoice keeps it. */
final class Identifications {

    private Identifications() {
    }

    static SupplierChoice choice(Identification found) {
        return new SupplierChoice(found.supplier().map(Supplier::id).orElse(""), found.matchedBy(),
                found.candidates().stream().map(Supplier::id).toList(), found.account().orElse(""), found.log());
    }
}
