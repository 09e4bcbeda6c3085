package dev.iosemu.fs.copy;

/** A source of nanosecond time for measuring how long a copy took; injected so tests control it. */
@FunctionalInterface
public interface Ticker {
    long nanos();

    /** The JVM's monotonic clock. */
    static Ticker system() {
        return System::nanoTime;
    }
}
