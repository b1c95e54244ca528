package io.verifact.sync;

import java.time.Instant;

/**
 * Where a workstation stands with the firm's database, for the status bar.
 *
 * @param waiting changes made here and not yet sent
 * @param lastExchange when the last exchange ended well, or null
 * @param problem why it is offline or what was refused, in words; null when all is well
 */
public record SyncState(Connection connection, int waiting, Instant lastExchange, String problem) {

    public enum Connection {
        /** No shared database is set: this workstation works on its own store alone. */
        LOCAL_ONLY,
        /** Connecting for the first time. */
        CONNECTING,
        /** Connected: changes go out and come in as they are made. */
        ONLINE,
        /** The database cannot be reached: work goes on, and changes wait. */
        OFFLINE
    }

    public static SyncState localOnly() {
        return new SyncState(Connection.LOCAL_ONLY, 0, null, null);
    }
}
