package dev.iosemu.net.ftp;

import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;

/**
 * Writes an upload to the data connection with a bound on each wait: a blocking socket write has no
 * timeout, so a server that accepts the data connection and never reads would hold {@code copy flash:x
 * ftp:} for ever. The socket's channel is written in non-blocking mode, waiting for room in slices short
 * enough to notice a cancel promptly; no room for the data timeout fails as a timeout.
 *
 * <p>Confined to the client's calling thread; lives for one upload.
 */
final class DataWriter implements AutoCloseable {
    private static final long SLICE_MILLIS = 100;

    private final SocketChannel channel;
    private final Selector selector;
    private final Ticker ticker;
    private final long timeoutNanos;
    private final BooleanSupplier cancelled;

    private DataWriter(
            SocketChannel channel, Selector selector, Ticker ticker, long timeoutNanos, BooleanSupplier cancelled) {
        this.channel = channel;
        this.selector = selector;
        this.ticker = ticker;
        this.timeoutNanos = timeoutNanos;
        this.cancelled = cancelled;
    }

    /** A writer over {@code socket}, which must come from a channel (as the client's sockets do). */
    static DataWriter over(Socket socket, Ticker ticker, long timeoutNanos, BooleanSupplier cancelled)
            throws IOException {
        SocketChannel channel = socket.getChannel();
        if (channel == null) {
            throw new IllegalArgumentException("the data connection has no channel: " + socket);
        }
        Selector selector = Selector.open();
        try {
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_WRITE);
        } catch (IOException | RuntimeException e) {
            selector.close();
            throw e;
        }
        return new DataWriter(channel, selector, ticker, timeoutNanos, cancelled);
    }

    /** Writes all of {@code bytes[offset, offset + length)}. */
    void write(byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer chunk = ByteBuffer.wrap(bytes, offset, length);
        long lastProgress = ticker.nanos();
        while (chunk.hasRemaining()) {
            if (channel.write(chunk) > 0) {
                lastProgress = ticker.nanos();
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new InterruptedIOException("cancelled");
            }
            if (ticker.nanos() - lastProgress > timeoutNanos) {
                throw new SocketTimeoutException("the server did not read the data connection in time");
            }
            selector.selectedKeys().clear();
            selector.select(SLICE_MILLIS);
        }
    }

    /** An output stream over {@link #write}. */
    OutputStream stream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                DataWriter.this.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                DataWriter.this.write(bytes, offset, length);
            }
        };
    }

    /** Closes the selector; the socket is the caller's. */
    @Override
    public void close() throws IOException {
        selector.close();
    }
}
