package dev.iosemu.cli.commands.file;

import java.util.function.Consumer;

/**
 * The progress dots of {@code verify}: one dot per {@link #BYTES_PER_DOT} bytes read, at least one per
 * file, so the count depends only on the file size. Used by the command thread only.
 */
final class DotMeter {
    static final long BYTES_PER_DOT = 64 * 1024;

    private final Consumer<String> print;
    private long printed;

    DotMeter(Consumer<String> print) {
        this.print = print;
    }

    /** Prints the dots owed for {@code bytesSoFar} bytes read. */
    void progress(long bytesSoFar) {
        emitUpTo(bytesSoFar / BYTES_PER_DOT);
    }

    /** Prints the dots still owed once all {@code totalBytes} have been read. */
    void finish(long totalBytes) {
        emitUpTo(Math.max(1, (totalBytes + BYTES_PER_DOT - 1) / BYTES_PER_DOT));
    }

    private void emitUpTo(long dots) {
        if (dots > printed) {
            print.accept(".".repeat((int) (dots - printed)));
            printed = dots;
        }
    }
}
