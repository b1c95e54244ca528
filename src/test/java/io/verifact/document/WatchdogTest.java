package io.verifact.document;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchdogTest {

    private final Watchdog watchdog = new Watchdog(Duration.ofSeconds(1));

    @Test
    void workThatHangsIsRefusedAsTooSlowAndAbandoned() {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();

        assertThatThrownBy(() -> watchdog.run("hung.pdf", heartbeat -> {
            never.await();
            return "read";
        })).isInstanceOfSatisfying(DocumentRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.TOO_SLOW))
                .hasMessageContaining("longer than 1 second and");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aBatchStoppedBeforeADocumentIsReadDoesNotReadItHoweverQuickItWouldBe() {
        java.util.concurrent.atomic.AtomicBoolean read = new java.util.concurrent.atomic.AtomicBoolean();

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> watchdog.run("blank.png", heartbeat -> read.getAndSet(true)))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(read).isFalse();
    }

    @Test
    void aLongDocumentWhosePagesEachTakeLessThanTheLimitGoesThrough() throws Exception {
        String result = watchdog.run("long.pdf", heartbeat -> {
            for (int page = 0; page < 6; page++) {
                Thread.sleep(300);
                heartbeat.beat();
            }
            return "six pages";
        });

        assertThat(result).isEqualTo("six pages");
    }

    @Test
    void timeSpentWaitingForWhatOtherDocumentsHoldIsNotCounted() throws Exception {
        String result = watchdog.run("queued.pdf", heartbeat -> {
            // Three times the limit waiting for an engine busy with other documents, then a short step.
            for (int wait = 0; wait < 30; wait++) {
                Thread.sleep(100);
                Watchdog.waitingForOthers();
            }
            Thread.sleep(100);
            return "read after its turn";
        });

        assertThat(result).isEqualTo("read after its turn");
    }

    @Test
    void waitingOutsideAnyWatchdogIsHarmless() {
        Watchdog.waitingForOthers();
    }
}
