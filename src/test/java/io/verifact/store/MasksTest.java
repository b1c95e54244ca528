package io.verifact.store;

import io.verifact.model.Box;
import io.verifact.model.LayoutPrint;
import io.verifact.model.Mask;
import io.verifact.model.PagePlace;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.model.Zone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Masks kept whole when changed from two workstations, and refused changes that name nothing stored, masks or suppliers. */
class MasksTest {

    @TempDir
    Path folder;

    private LocalStore store;
    private Supplier supplier;

    @BeforeEach
    void openStore() {
        store = LocalStore.open(folder.resolve("verifact.db"));
        supplier = store.suppliers().create("Atelier Dupuis", List.of(), "claire");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Zone zone(String field) {
        return new Zone(field, PagePlace.FIRST, new Box(0.1, 0.1, 0.2, 0.2), "", null, 0);
    }

    private static Masks.Change teach(String field) {
        return new Masks.Change("claire", "teach", field, "sha");
    }

    @Test
    void aZoneTaughtKeepsTheZoneAnotherWorkstationTaughtSinceTheMaskWasRead() {
        Mask read = store.masks().create(supplier.id(), new LayoutPrint(List.of()), List.of(zone("gross_total")), "sha", teach("gross_total"));
        try (LocalStore other = LocalStore.open(folder.resolve("verifact.db"))) {
            other.masks().teach(read.id(), zone("invoice_date"), "sha", teach("invoice_date"));
        }

        Mask taught = store.masks().teach(read.id(), zone("due_date"), "sha", teach("due_date"));

        assertThat(taught.zones()).extracting(Zone::field).containsExactly("gross_total", "invoice_date", "due_date");
        assertThat(taught.version()).isEqualTo(3);
        assertThat(store.masks().history(read.id())).hasSize(3);
    }

    @Test
    void anUnknownMaskOrVersionIsRefusedAndNothingIsWritten() {
        Mask mask = store.masks().create(supplier.id(), new LayoutPrint(List.of()), List.of(zone("gross_total")), "sha", teach("gross_total"));

        assertThatThrownBy(() -> store.masks().restore(mask.id(), 7, "claire")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.masks().delete("no-such-mask", "claire")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.masks().teach("no-such-mask", zone("due_date"), "sha", teach("due_date")))
                .isInstanceOf(StoreException.class);

        assertThat(store.masks().history(mask.id())).hasSize(1);
        assertThat(store.masks().all()).containsExactly(mask);
    }

    @Test
    void aMaskANewerVersionWroteIsLeftOutAndLeftWholeWhileTheOthersStillRead() throws Exception {
        Mask kept = store.masks().create(supplier.id(), new LayoutPrint(List.of()), List.of(zone("gross_total")), "sha", teach("gross_total"));
        Mask newer = store.masks().create(supplier.id(), new LayoutPrint(List.of()), List.of(zone("due_date")), "sha", teach("due_date"));
        String written = "[{\"field\":\"due_date\",\"page\":\"second_to_last\",\"box\":[0.1,0.1,0.2,0.2]}]";
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("verifact.db"));
             PreparedStatement update = raw.prepareStatement("UPDATE masks SET zones = ? WHERE id = ?")) {
            update.setString(1, written);
            update.setString(2, newer.id());
            update.executeUpdate();
        }

        assertThat(store.masks().all()).containsExactly(kept);
        assertThat(store.masks().ofSupplier(supplier.id())).containsExactly(kept);
        assertThatThrownBy(() -> store.masks().teach(newer.id(), zone("invoice_date"), "sha", teach("invoice_date")))
                .isInstanceOf(StoreException.class);
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("verifact.db"));
             PreparedStatement query = raw.prepareStatement("SELECT zones, version FROM masks WHERE id = ?")) {
            query.setString(1, newer.id());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(written);
                assertThat(row.getInt(2)).isEqualTo(1);
            }
        }
    }

    @Test
    void identifiersLearnedForASupplierNotInTheRegisterAreNotKept() {
        SupplierId vat = new SupplierId(SupplierId.Kind.VAT, "FR40303265045");

        assertThatThrownBy(() -> store.suppliers().learn("no-such-supplier", List.of(vat))).isInstanceOf(StoreException.class);

        Supplier found = store.suppliers().create("Imprimerie Lambotte", List.of(vat), "claire");
        assertThat(found.name()).isEqualTo("Imprimerie Lambotte");
        assertThat(found.identifiers()).containsExactly(vat);
    }
}
