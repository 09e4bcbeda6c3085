package dev.iosemu.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * When a session last heard from its user and whether it waits for them now, on the device's clock (what
 * {@code show users} shows as idle time and a line's exec-timeout is measured against), and whether it asked
 * for log messages ({@code terminal monitor}): what the device's line registry asks of a session.
 *
 * <p>Thread-safe: the session thread reads through it, any thread asks.
 */
final class InputWatch {
    private volatile Clock clock = Clock.systemUTC();
    private volatile Instant lastInput = clock.instant();
    private volatile boolean awaiting;
    private volatile boolean monitor;

    /** Measures on {@code deviceClock} from now on; the session counts as active now. */
    void use(Clock deviceClock) {
        this.clock = Objects.requireNonNull(deviceClock, "deviceClock");
        this.lastInput = deviceClock.instant();
    }

    /** Runs {@code read}: waiting meanwhile, active when the answer comes. */
    <T> T read(Supplier<T> read) {
        awaiting = true;
        try {
            return read.get();
        } finally {
            awaiting = false;
            lastInput = clock.instant();
        }
    }

    Instant lastInput() {
        return lastInput;
    }

    boolean awaiting() {
        return awaiting;
    }

    void monitor(boolean on) {
        monitor = on;
    }

    boolean monitors() {
        return monitor;
    }
}
