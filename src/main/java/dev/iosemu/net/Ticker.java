package dev.iosemu.net;

/**
 * A monotonic nanosecond time source: what transfers measure and time out by. Injected everywhere so a
 * test drives it; {@link #system()} is the one production instance.
 */
@FunctionalInterface
public interface Ticker {
    long nanos();

    /** The JVM's monotonic clock. */
    static Ticker system() {
        return System::nanoTime;
    }
}
