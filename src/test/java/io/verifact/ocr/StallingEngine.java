package io.verifact.ocr;

import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.model.Engine;
import io.verifact.model.PageText;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads pages by their text layer, but one page, counted over every document, takes until it is let go
 * or its reading is stopped: a long OCR of a scan, without the wait of a real one.
 */
public final class StallingEngine implements OcrEngine {

    private final OcrEngine reader = new TextLayerEngine();
    private final int stallingPage;
    private final AtomicInteger pagesBegun = new AtomicInteger();
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final CountDownLatch letGo = new CountDownLatch(1);

    /** @param stallingPage the page that stalls, counted from 1 over every page this engine is asked to read */
    public StallingEngine(int stallingPage) {
        this.stallingPage = stallingPage;
    }

    @Override
    public Engine kind() {
        return reader.kind();
    }

    @Override
    public PageText read(Document document, int page) throws DocumentRefused {
        if (pagesBegun.incrementAndGet() == stallingPage) {
            stalled.countDown();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the reading of the page was stopped", e);
            }
        }
        return reader.read(document, page);
    }

    /** Waits until the stalling page is being read; false when it was not within the time given. */
    public boolean stalls(Duration within) throws InterruptedException {
        return stalled.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the stalling page be read, and every page after it at once. */
    public void letGo() {
        letGo.countDown();
    }

    @Override
    public void close() {
        letGo();
        reader.close();
    }
}
