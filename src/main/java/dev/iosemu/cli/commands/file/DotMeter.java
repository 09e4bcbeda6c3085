package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.CliOutput;

/**
 * The progress dots of {@code verify}: one dot per {@link #BYTES_PER_DOT} bytes read, at least one per
 * file, so the count depends only on the file size. Used by the command thread only.
 */
final class DotMeter {
    static final long BYTES_PER_DOT = 64 * 1024;

    private final CliOutput out;
    private long printed;

    DotMeter(CliOutput out) {
        this.out = out;
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
            out.print(".".repeat((int) (dots - printed)));
            printed = dots;
        }
    }
}
