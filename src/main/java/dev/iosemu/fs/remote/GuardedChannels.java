package dev.iosemu.fs.remote;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/** Channel wrappers that record in a {@link FailureLatch} whatever our side of a transfer throws. */
final class GuardedChannels {
    private GuardedChannels() {}

    static WritableByteChannel writing(WritableByteChannel target, FailureLatch latch) {
        return new WritableByteChannel() {
            @Override
            public int write(ByteBuffer source) throws IOException {
                try {
                    return target.write(source);
                } catch (IOException e) {
                    throw latch.record(e);
                }
            }

            @Override
            public boolean isOpen() {
                return target.isOpen();
            }

            @Override
            public void close() throws IOException {
                target.close();
            }
        };
    }

    static ReadableByteChannel reading(ReadableByteChannel source, FailureLatch latch) {
        return new ReadableByteChannel() {
            @Override
            public int read(ByteBuffer target) throws IOException {
                try {
                    return source.read(target);
                } catch (IOException e) {
                    throw latch.record(e);
                }
            }

            @Override
            public boolean isOpen() {
                return source.isOpen();
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }
}
