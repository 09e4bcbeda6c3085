package dev.iosemu.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A file that fails part way: it moves {@code good} bytes (reads give zeros, writes are dropped), then
 * every read or write throws the given exception, as a flash that fills up or a bad block would.
 */
public final class BreakingChannel implements ReadableByteChannel, WritableByteChannel {
    private final IOException failure;
    private long left;

    public BreakingChannel(long good, IOException failure) {
        this.left = good;
        this.failure = failure;
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        int n = take(target);
        target.put(new byte[n]);
        return n;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        int n = take(source);
        source.position(source.position() + n);
        return n;
    }

    private int take(ByteBuffer buffer) throws IOException {
        if (left == 0) {
            throw failure;
        }
        int n = (int) Math.min(left, buffer.remaining());
        left -= n;
        return n;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {}
}
