package dev.iosemu.device.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/** The bytes of an archive, read from the start each time it is opened (examined, then extracted). */
@FunctionalInterface
public interface ArchiveSource {
    ReadableByteChannel open() throws IOException;

    /** An archive held in memory (fetched from the network). */
    static ArchiveSource of(ByteBuffer bytes) {
        return () -> new ReadableByteChannel() {
            private final ByteBuffer left = bytes.duplicate();
            private boolean open = true;

            @Override
            public int read(ByteBuffer target) {
                if (!left.hasRemaining()) {
                    return -1;
                }
                int n = Math.min(left.remaining(), target.remaining());
                target.put(left.slice(left.position(), n));
                left.position(left.position() + n);
                return n;
            }

            @Override
            public boolean isOpen() {
                return open;
            }

            @Override
            public void close() {
                open = false;
            }
        };
    }
}
