package dev.iosemu.device.rommon;

import dev.iosemu.device.ConsoleSink;
import java.util.function.LongConsumer;

/** Prints one {@code !} for each step of bytes received, as loaders show transfer progress. */
final class RommonProgress implements LongConsumer {
    private final ConsoleSink console;
    private final long bytesPerMark;
    private long marks;

    RommonProgress(ConsoleSink console, long bytesPerMark) {
        this.console = console;
        this.bytesPerMark = bytesPerMark;
    }

    @Override
    public void accept(long bytesSoFar) {
        long due = bytesSoFar / bytesPerMark;
        while (marks < due) {
            console.text("!");
            marks++;
        }
    }
}
