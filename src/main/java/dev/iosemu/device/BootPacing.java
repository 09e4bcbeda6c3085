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

    /**
     * Real pauses scaled by {@code factor} (1.0 is about a second and a half per boot), for interactive
     * consoles ({@code --boot-delay}). Blocks the console thread; an interrupt ends the pause early.
     */
    static BootPacing realTime(double factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("boot delay factor must be >= 0: " + factor);
        }
        return stage -> {
            long nanos = (long) (stage.toNanos() * factor);
            if (nanos > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(nanos);
            }
        };
    }
}
