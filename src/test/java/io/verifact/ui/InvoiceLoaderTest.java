package io.verifact.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invoices prepared for the window ahead of time, and what happens when preparing one fails. */
class InvoiceLoaderTest {

    @TempDir
    Path folder;

    private TestDesk desk;

    @BeforeEach
    void openDesk() {
        desk = new TestDesk(folder, List::of);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    @Test
    void anInvoiceThatCouldNotBePreparedIsPreparedAgainOnTheNextTry() throws Exception {
        InvoiceLoader loader = new InvoiceLoader(desk.verification, Runnable::run, Runnable::run);
        // Nothing is in the store yet: the first invoice cannot be opened.
        assertThat(loader.load(1).isCompletedExceptionally()).isTrue();

        desk.take(desk.invoice("a.pdf", "Dupuis", "FA-1", "120,00"));
        long id = desk.verification.queue().getFirst().id();

        assertThat(id).isEqualTo(1);
        assertThat(loader.load(id).join().invoice().fileName()).isEqualTo("a.pdf");
    }
}
