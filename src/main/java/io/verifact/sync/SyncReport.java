package io.verifact.sync;

import java.util.List;

/**
 * What one exchange with the firm's database moved.
 *
 * @param sent changes the database took (merged ones included)
 * @param conflicts invoices validated differently elsewhere: both validations kept, flagged for a decision
 * @param refused changes the database refused, with the reasons in {@code problems}
 * @param pulled changes of other workstations written into this store
 * @param waiting changes still waiting to be sent
 */
public record SyncReport(int sent, int conflicts, int refused, int pulled, int waiting, List<String> problems) {

    static SyncReport of(int sent, int conflicts, int refused, int pulled, int waiting, List<String> problems) {
        return new SyncReport(sent, conflicts, refused, pulled, waiting, List.copyOf(problems));
    }

    SyncReport plus(SyncReport other) {
        List<String> all = new java.util.ArrayList<>(problems);
        all.addAll(other.problems);
        return of(sent + other.sent, conflicts + other.conflicts, refused + other.refused, pulled + other.pulled,
                other.waiting, all);
    }
}
