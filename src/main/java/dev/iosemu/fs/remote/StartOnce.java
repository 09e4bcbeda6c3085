package dev.iosemu.fs.remote;

import java.util.OptionalLong;

/**
 * Fires {@link RemoteTransferEvents#started} exactly once, on the first sign that data flows, so the
 * console prints its {@code Loading} line once even when a protocol gives no explicit start signal.
 * Confined to the transferring thread.
 */
final class StartOnce {
    private final RemoteTransferEvents events;
    private boolean started;

    StartOnce(RemoteTransferEvents events) {
        this.events = events;
    }

    void start(OptionalLong size) {
        if (!started) {
            started = true;
            events.started(size);
        }
    }
}
