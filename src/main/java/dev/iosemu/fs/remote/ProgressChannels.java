package dev.iosemu.fs.remote;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/** Channels that tell a transfer's console of each chunk they move, for the stream protocols (SCP, HTTP). */
final class ProgressChannels {
    private ProgressChannels() {}

    /** {@code target}, reporting each chunk written to it as transferred. */
    static WritableByteChannel writing(WritableByteChannel target, RemoteTransferEvents events) {
        return new Writing(target, events);
    }

    /** {@code source}, reporting each chunk read from it as transferred. */
    static ReadableByteChannel reading(ReadableByteChannel source, RemoteTransferEvents events) {
        return new Reading(source, events);
    }

    private record Writing(WritableByteChannel target, RemoteTransferEvents events) implements WritableByteChannel {
        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = target.write(src);
            events.transferred(n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return target.isOpen();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }

    private record Reading(ReadableByteChannel source, RemoteTransferEvents events) implements ReadableByteChannel {
        @Override
        public int read(ByteBuffer dst) throws IOException {
            int n = source.read(dst);
            if (n > 0) {
                events.transferred(n);
            }
            return n;
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
}
