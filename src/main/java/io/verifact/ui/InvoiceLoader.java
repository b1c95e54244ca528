package io.verifact.ui;

import io.verifact.workflow.Invoice;
import io.verifact.workflow.Verification;
import javafx.scene.image.Image;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Invoices made ready to show: read from the store and their pages rendered, ahead of time for the
 * next ones in the queue, so that moving to the next invoice shows it at once.
 */
final class InvoiceLoader {

    /** Pages shown of one invoice; the rest of a long document stays in the file. */
    static final int MAX_PAGES = 30;
    /** Invoices kept ready: the one shown, those prepared ahead and a few behind; at 150 dpi a page is some 9 MB. */
    private static final int KEPT = 5;

    /**
     * An invoice with its pages as pictures.
     *
     * @param turns how far the operator turned its pages, in quarter turns clockwise by page number; upright pages are left out
     */
    record Prepared(Invoice invoice, List<Image> pages, Map<Integer, Integer> turns) {
    }

    private final Verification verification;
    private final Executor reads;
    private final Executor executor;
    private final Map<Long, CompletableFuture<Prepared>> ready = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CompletableFuture<Prepared>> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * @param reads where the store is read: the thread that also writes corrections, so a read comes after them
     * @param executor where pages are rendered
     */
    InvoiceLoader(Verification verification, Executor reads, Executor executor) {
        this.verification = verification;
        this.reads = reads;
        this.executor = executor;
    }

    /** The invoice, prepared now or earlier; a preparation that failed is tried again, not handed out again. */
    synchronized CompletableFuture<Prepared> load(long id) {
        CompletableFuture<Prepared> earlier = ready.get(id);
        if (earlier != null && earlier.isCompletedExceptionally()) {
            ready.remove(id);
        }
        return ready.computeIfAbsent(id, this::prepare);
    }

    /** Starts preparing the invoice, if it is not ready already. */
    synchronized void prepareAhead(long id) {
        load(id);
    }

    /** Reads the invoice again on its next load (it changed, or a page was turned), keeping its rendered pages. */
    synchronized void changed(long id) {
        CompletableFuture<Prepared> earlier = ready.remove(id);
        if (earlier != null && earlier.isDone() && !earlier.isCompletedExceptionally()) {
            List<Image> pages = earlier.join().pages();
            ready.put(id, CompletableFuture.supplyAsync(() -> new Prepared(verification.open(id), pages, verification.pageTurns(id)), reads));
        }
    }

    private CompletableFuture<Prepared> prepare(long id) {
        return CompletableFuture.supplyAsync(() -> Map.entry(verification.open(id), verification.pageTurns(id)), reads).thenApplyAsync(read -> {
            List<Image> pages = verification.render(id, Verification.VIEW_DPI, MAX_PAGES).stream().map(FxImages::of).toList();
            return new Prepared(read.getKey(), pages, read.getValue());
        }, executor);
    }
}
