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
     * Bytes per second, rounded to the nearest as most real transcripts show ({@code 74590 bytes in
     * 0.556 secs} is 134155, {@code 4 bytes in 0.348 secs} is 11). A copy faster than a millisecond
     * counts as one, so the rate stays finite.
     */
    public long bytesPerSecond() {
        long nanos = Math.max(elapsed.toNanos(), 1_000_000L);
        return Math.round(bytes * 1_000_000_000.0 / nanos);
    }
}
