package dev.iosemu.net.tftp.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * Writes netascii (RFC 764 as used by RFC 1350) as local text: CR LF becomes LF and CR NUL becomes CR; a CR
 * before anything else is kept. A CR at the end of one write is held until the next, or {@link #finish()}.
 * Not thread-safe.
 */
public final class NetasciiDecoder implements WritableByteChannel {
    private final WritableByteChannel sink;
    private final ByteBuffer out = ByteBuffer.allocate(8192);
    private boolean pendingCr;
    private long bytesWritten;

    public NetasciiDecoder(WritableByteChannel sink) {
        this.sink = sink;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int count = src.remaining();
        while (src.hasRemaining()) {
            byte b = src.get();
            if (pendingCr) {
                pendingCr = false;
                put(b == '\n' ? (byte) '\n' : (byte) '\r');
                if (b != '\n' && b != 0) {
                    decodeByte(b);
                }
            } else {
                decodeByte(b);
            }
        }
        flush();
        return count;
    }

    private void decodeByte(byte b) throws IOException {
        if (b == '\r') {
            pendingCr = true;
        } else {
            put(b);
        }
    }

    private void put(byte b) throws IOException {
        if (!out.hasRemaining()) {
            flush();
        }
        out.put(b);
    }

    /** Local bytes written to the sink so far. */
    public long bytesWritten() {
        return bytesWritten;
    }

    private void flush() throws IOException {
        out.flip();
        bytesWritten += out.remaining();
        while (out.hasRemaining()) {
            sink.write(out);
        }
        out.clear();
    }

    /** Writes a CR left over at the very end of the transfer. */
    public void finish() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            put((byte) '\r');
            flush();
        }
    }

    @Override
    public boolean isOpen() {
        return sink.isOpen();
    }

    @Override
    public void close() throws IOException {
        finish();
        sink.close();
    }
}
