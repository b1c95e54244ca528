package io.verifact.workflow;

import io.verifact.model.Mask;
import io.verifact.model.Supplier;
import io.verifact.store.LocalStore;

import java.util.List;

/** What the firm knows for reading an invoice: its supplier register and the masks taught on suppliers' invoices. */
public interface Knowledge {

    /** Nothing known: invoices are read by their layout alone. */
    Knowledge NONE = new Knowledge() {
        @Override
        public List<Supplier> suppliers() {
            return List.of();
        }

        @Override
        public List<Mask> masks() {
            return List.of();
        }
    };

    List<Supplier> suppliers();

    /** Every mask in use. */
    List<Mask> masks();

    /** The register and masks of a local store, read afresh each time, so a mask taught a moment ago applies. */
    static Knowledge of(LocalStore store) {
        if (store == null) {
            return NONE;
        }
        return new Knowledge() {
            @Override
            public List<Supplier> suppliers() {
                return store.suppliers().all();
            }

            @Override
            public List<Mask> masks() {
                return store.masks().all();
            }
        };
    }
}
