package dev.iosemu.device;

import java.time.Duration;

/**
 * How long the boot sequence lingers between its stages, so an interactive boot looks alive; instant in
 * tests and batch runs. Implementations may block the calling (console) thread.
 */
public interface BootPacing {
    /** No pauses at all. */
    BootPacing NONE = stage -> {};

    /** Pauses for about {@code stage}, scaled as the implementation likes. */
    void pause(Duration stage);
}
