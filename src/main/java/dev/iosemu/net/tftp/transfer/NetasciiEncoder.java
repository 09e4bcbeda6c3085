package dev.iosemu.net.tftp.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * Reads local text as netascii (RFC 764 as used by RFC 1350): LF becomes CR LF and a bare CR becomes CR NUL.
 * Not thread-safe.
 */
public final class NetasciiEncoder implements ReadableByteChannel {
    private final ReadableByteChannel source;
    private final ByteBuffer raw = ByteBuffer.allocate(8192).flip();
    private int pending = -1; // second byte of a pair that did not fit into the last read
    private boolean eof;
    private long bytesRead;

    public NetasciiEncoder(ReadableByteChannel source) {
        this.source = source;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int start = dst.position();
        if (pending >= 0 && dst.hasRemaining()) {
            dst.put((byte) pending);
            pending = -1;
        }
        while (dst.hasRemaining() && refill()) {
            byte b = raw.get();
            if (b == '\n' || b == '\r') {
                dst.put((byte) '\r');
                byte second = b == '\n' ? (byte) '\n' : 0;
                if (dst.hasRemaining()) {
                    dst.put(second);
                } else {
                    pending = second;
                }
            } else {
                dst.put(b);
            }
        }
        int count = dst.position() - start;
        return count == 0 && eof && pending < 0 ? -1 : count;
    }

    private boolean refill() throws IOException {
        if (raw.hasRemaining()) {
            return true;
        }
        if (eof) {
            return false;
        }
        raw.clear();
        int n = source.read(raw);
        raw.flip();
        eof = n < 0;
        bytesRead += raw.remaining();
        return raw.hasRemaining();
    }

    /** Local bytes read from the source so far. */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public boolean isOpen() {
        return source.isOpen();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
