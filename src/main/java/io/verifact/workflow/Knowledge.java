package io.verifact.workflow;

import io.verifact.model.CustomField;
import io.verifact.model.Dossier;
import io.verifact.model.FieldKey;
import io.verifact.model.Mask;
import io.verifact.model.Supplier;
import io.verifact.store.LocalStore;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

        @Override
        public List<CustomField> customFields() {
            return List.of();
        }
    };

    List<Supplier> suppliers();

    /** The firm's client files, whose identifiers name the client and never the supplier. */
    default List<Dossier> dossiers() {
        return List.of();
    }

    /** Every mask in use. */
    List<Mask> masks();

    /** The fields operators added, for one supplier or for all. */
    List<CustomField> customFields();

    /** The kind of each custom field that applies to the supplier's invoices, by name. */
    default Function<String, Optional<FieldKey.Kind>> customKinds(String supplierId) {
        List<CustomField> fields = customFields().stream().filter(f -> f.appliesTo(supplierId)).toList();
        return name -> fields.stream().filter(f -> f.name().equals(name)).map(CustomField::kind).findFirst();
    }

    /**
     * What is known now, read once: the same register, masks and fields on every call, for work that
     * reads many invoices in a row without a round trip to the store for each.
     */
    default Knowledge snapshot() {
        List<Supplier> suppliers = List.copyOf(suppliers());
        List<Mask> masks = List.copyOf(masks());
        List<CustomField> customFields = List.copyOf(customFields());
        List<Dossier> dossiers = List.copyOf(dossiers());
        return new Knowledge() {
            @Override
            public List<Supplier> suppliers() {
                return suppliers;
            }

            @Override
            public List<Dossier> dossiers() {
                return dossiers;
            }

            @Override
            public List<Mask> masks() {
                return masks;
            }

            @Override
            public List<CustomField> customFields() {
                return customFields;
            }
        };
    }

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
            public List<Dossier> dossiers() {
                return store.dossiers().all();
            }

            @Override
            public List<Mask> masks() {
                return store.masks().all();
            }

            @Override
            public List<CustomField> customFields() {
                return store.customFields().all();
            }
        };
    }
}
