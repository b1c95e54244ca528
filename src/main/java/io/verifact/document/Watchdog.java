package io.verifact.document;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the work on one document under a time limit. The limit applies to each step (opening the
 * file, reading one page), so a long honest document goes through while a file that hangs the
 * reader is refused. Time spent waiting for what other documents hold (an OCR engine busy with
 * another page) is not counted against the document. PDF parsing cannot be interrupted: work that
 * overruns is interrupted and abandoned on its own daemon thread, and the caller moves on to the
 * next document.
 */
public final class Watchdog {

    /** What the work calls after each step, to show it is still moving. */
    @FunctionalInterface
    public interface Heartbeat {
        void beat();
    }

    /** Work on one document that reports its steps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Heartbeat heartbeat) throws Exception;
    }

    /** The heartbeat of the document the current thread works on, if it works under a watchdog. */
    private static final ThreadLocal<Heartbeat> WATCHED = new ThreadLocal<>();

    private final Duration stepLimit;

    public Watchdog(Duration stepLimit) {
        this.stepLimit = stepLimit;
    }

    public <T> T run(String name, Work<T> work) throws Exception {
        if (Thread.interrupted()) {
            // Stopped before the work began: a work quick enough to be done before it is waited for would
            // otherwise be taken as done, and the stop be missed.
            throw new InterruptedException("stopped before reading " + name);
        }
        AtomicLong lastBeat = new AtomicLong(System.nanoTime());
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reading " + name);
            t.setDaemon(true);
            return t;
        });
        try {
            Heartbeat heartbeat = () -> lastBeat.set(System.nanoTime());
            Future<T> result = thread.submit(() -> {
                WATCHED.set(heartbeat);
                return work.run(heartbeat);
            });
            while (true) {
                long waited = System.nanoTime() - lastBeat.get();
                long left = stepLimit.toNanos() - waited;
                if (left <= 0) {
                    result.cancel(true);
                    long seconds = stepLimit.toSeconds();
                    throw DocumentRefused.of(Refusal.TOO_SLOW, seconds == 1 ? "1 second" : seconds + " seconds");
                }
                try {
                    return result.get(left, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // The work may have reported a step meanwhile; the loop measures again.
                } catch (ExecutionException e) {
                    throw unwrap(e.getCause());
                }
            }
        } finally {
            thread.shutdownNow();
        }
    }

    /**
     * Called by work that waits for something other documents hold, such as an OCR engine reading
     * another document's page: the time waited is not this document's, so its step starts again.
     * Does nothing on a thread no watchdog looks after.
     */
    public static void waitingForOthers() {
        Heartbeat heartbeat = WATCHED.get();
        if (heartbeat != null) {
            heartbeat.beat();
        }
    }

    private static Exception unwrap(Throwable cause) {
        if (cause instanceof Exception exception) {
            return exception;
        }
        if (cause instanceof OutOfMemoryError) {
            return DocumentRefused.of(cause, Refusal.TOO_LARGE, "not enough memory to read it");
        }
        if (cause instanceof StackOverflowError) {
            return DocumentRefused.of(cause, Refusal.DAMAGED, ": its structure is nested too deeply");
        }
        throw (Error) cause;
    }
}
