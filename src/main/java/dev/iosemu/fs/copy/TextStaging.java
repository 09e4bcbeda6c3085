package dev.iosemu.fs.copy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/** Collects the bytes for a {@link TextSink} and hands them over only on commit. Copying thread only. */
final class TextStaging implements DestinationStaging {
    private final TextSink sink;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    TextStaging(TextSink sink) {
        this.sink = sink;
    }

    @Override
    public void reserve(long size) {
        // Memory is the limit; a configuration is small.
    }

    @Override
    public WritableByteChannel open() {
        return Channels.newChannel(buffer);
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
