package dev.iosemu.fs.copy;

import java.time.Duration;

/** What a finished copy measured: {@code N bytes copied in S secs (R bytes/sec)}. */
public record CopyResult(long bytes, Duration elapsed) {

    /** Whole seconds with milliseconds, as IOS prints them: {@code 0.348}. */
    public String secondsText() {
        long millis = elapsed.toMillis();
        return String.format("%d.%03d", millis / 1000, millis % 1000);
    }

    /**
     * Bytes per second over the printed milliseconds, rounded down as IOS does ({@code 4 bytes in
     * 0.348 secs} is 11). A copy faster than a millisecond counts as one, so the rate stays finite.
     */
    public long bytesPerSecond() {
        long millis = Math.max(elapsed.toMillis(), 1L);
        return (long) (bytes * 1000.0 / millis);
    }
}
