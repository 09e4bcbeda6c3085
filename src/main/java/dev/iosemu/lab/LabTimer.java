package dev.iosemu.lab;

import java.time.Duration;

/**
 * Runs what a lab network does after a delay: the line protocol that follows its link by a second, the
 * carrier a switch port takes to settle. {@link #system()} waits in real time; {@link ManualTime} waits
 * until a test moves its clock. Thread-safe.
 */
@FunctionalInterface
public interface LabTimer {
    /** Runs {@code action} once, {@code delay} from now (at once when the delay is zero). */
    void after(Duration delay, Runnable action);

    /** Real time: each pending action waits on a virtual thread of its own, so an idle lab holds no thread. */
    static LabTimer system() {
        return SystemTimer.INSTANCE;
    }
}
