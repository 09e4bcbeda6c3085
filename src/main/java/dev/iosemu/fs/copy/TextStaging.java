package dev.iosemu.fs.copy;

import dev.iosemu.fs.NotEnoughSpaceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Collects the bytes for a {@link TextSink} and hands them over only on commit. The text is held in memory,
 * so it may be at most {@link #MAX_BYTES} (16 MiB, hundreds of thousands of configuration lines): a larger
 * file fails as a full device does, before the first byte when its size is announced, instead of filling the
 * heap. Copying thread only.
 */
final class TextStaging implements DestinationStaging {
    /** The largest text a copy to {@code running-config} takes. */
    static final long MAX_BYTES = 16L << 20;

    private static final String DESTINATION = "running-config";

    private final TextSink sink;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    TextStaging(TextSink sink) {
        this.sink = sink;
    }

    @Override
    public void reserve(long size) throws NotEnoughSpaceException {
        if (size > MAX_BYTES) {
            throw new NotEnoughSpaceException(DESTINATION, size, MAX_BYTES);
        }
    }

    @Override
    public WritableByteChannel open() {
        WritableByteChannel out = Channels.newChannel(buffer);
        return new WritableByteChannel() {
            @Override
            public int write(ByteBuffer source) throws IOException {
                if (buffer.size() + (long) source.remaining() > MAX_BYTES) {
                    throw new NotEnoughSpaceException(DESTINATION, -1, MAX_BYTES - buffer.size());
                }
                return out.write(source);
            }

            @Override
            public boolean isOpen() {
                return out.isOpen();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    @Override
    public void commit() throws IOException {
        sink.accept(buffer.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void abort() {
        buffer.reset();
    }
}
