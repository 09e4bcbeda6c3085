package dev.iosemu.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Optional;

/**
 * Reads a ustar archive from a channel in one pass, as a switch extracts one while it downloads: {@link
 * #next} returns each member's header, {@link #content} reads its bytes (whatever is left unread is skipped
 * by the next {@link #next}). The archive ends at a zero block or at the end of the channel on a block
 * boundary; a channel that ends inside a member is {@link NotAnArchiveException}. Not thread-safe.
 */
public final class TarReader {
    private final ReadableByteChannel in;
    private final ByteBuffer skip = ByteBuffer.allocate(64 * 1024);
    private TarEntry current;
    private long remaining;
    private long padding;
    private long position;
    private boolean ended;

    public TarReader(ReadableByteChannel in) {
        this.in = in;
    }

    /** The next member, or empty at the end of the archive. */
    public Optional<TarEntry> next() throws IOException {
        if (ended) {
            return Optional.empty();
        }
        discard(remaining + padding);
        remaining = 0;
        padding = 0;
        ByteBuffer block = ByteBuffer.allocate(TarHeaderCodec.BLOCK);
        if (!fill(block, true)) {
            ended = true;
            return Optional.empty();
        }
        Optional<TarEntry> entry = TarHeaderCodec.decode(block.flip());
        if (entry.isEmpty()) {
            ended = true;
            return entry;
        }
        current = entry.get();
        remaining = current.size();
        padding = TarHeaderCodec.padded(current.size()) - current.size();
        return entry;
    }

    /** Bytes of the archive read so far. */
    public long position() {
        return position;
    }

    /** The unread content of the current member as a channel; it ends where the member does. */
    public ReadableByteChannel content() {
        return new ReadableByteChannel() {
            @Override
            public int read(ByteBuffer target) throws IOException {
                return readContent(target);
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
                // the archive channel is the caller's
            }
        };
    }

    /** Reads the current member's content into {@code target}; -1 once it is all read. */
    public int readContent(ByteBuffer target) throws IOException {
        if (remaining == 0) {
            return -1;
        }
        int limit = target.limit();
        if (target.remaining() > remaining) {
            target.limit(target.position() + (int) remaining);
        }
        try {
            int n = in.read(target);
            if (n < 0) {
                throw new NotAnArchiveException("archive ends inside " + current.name());
            }
            remaining -= n;
            position += n;
            return n;
        } finally {
            target.limit(limit);
        }
    }

    /** The whole content of the current member (for small ones such as {@code info}). */
    public byte[] readAll() throws IOException {
        if (remaining > Integer.MAX_VALUE - 8) {
            throw new IOException("tar member too large to read whole: " + current.name());
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) remaining);
        while (buffer.hasRemaining()) {
            readContent(buffer);
        }
        return buffer.array();
    }

    private void discard(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            skip.clear().limit((int) Math.min(skip.capacity(), left));
            fill(skip, false);
            left -= skip.position();
        }
    }

    /**
     * Fills {@code buffer}; false when the channel ended before the first byte and {@code endAllowed}. A
     * channel that ends part way is a cut-off archive.
     */
    private boolean fill(ByteBuffer buffer, boolean endAllowed) throws IOException {
        int start = buffer.position();
        while (buffer.hasRemaining()) {
            int n = in.read(buffer);
            if (n < 0) {
                if (buffer.position() == start && endAllowed) {
                    return false;
                }
                throw new NotAnArchiveException(
                        current == null
                                ? "archive ends part way through a block"
                                : "archive ends inside " + current.name());
            }
            position += n;
        }
        return true;
    }
}
