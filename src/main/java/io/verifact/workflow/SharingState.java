package io.verifact.workflow;

import java.time.Instant;

/**
 * Where the workstation stands with the firm's shared database, as the status bar tells it.
 *
 * @param link whether and how the shared database is reached
 * @param waiting changes made here and not yet sent
 * @param lastExchange when the last exchange ended well, or null
 * @param problem why it is offline or what was refused, in words; null when all is well
 */
public record SharingState(Link link, int waiting, Instant lastExchange, String problem) {

    public enum Link {
        /** No shared database is set: this workstation works on its own store alone. */
        LOCAL_ONLY,
        /** Connecting, at the start or after the settings changed. */
        CONNECTING,
        /** Changes go out and come in as they are made. */
        ONLINE,
        /** The shared database cannot be reached: work goes on, and changes wait. */
        OFFLINE
    }

    public static SharingState localOnly() {
        return new SharingState(Link.LOCAL_ONLY, 0, null, null);
    }
}
