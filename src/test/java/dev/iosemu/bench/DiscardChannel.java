package dev.iosemu.bench;

import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * A sink that drops everything written to it without copying, so a benchmark times the producer alone
 * (a channel over {@code OutputStream.nullOutputStream()} would copy each buffer first).
 */
public final class DiscardChannel implements WritableByteChannel {
    @Override
    public int write(ByteBuffer source) {
        int n = source.remaining();
        source.position(source.limit());
        return n;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {}
}
