package dev.iosemu.device;

import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.Staging;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the initial files a profile or {@code --flash-file} seeds that are not plain images or text. */
final class InitialFiles {
    private InitialFiles() {}

    /** An image of {@code spec} with one payload byte flipped: sound header, hash that does not match. */
    static void corrupt(LocalFileSystem fs, String path, ImageSpec spec) throws IOException {
        long damaged = ImageHeader.SIZE + spec.payloadLength() / 2;
        try (Staging staging = fs.openStaged(path)) {
            ImageWriter.write(spec, new Flipping(staging.channel(), damaged));
            staging.commit();
        }
    }

    /** The host file {@code source}, byte for byte. */
    static void copy(LocalFileSystem fs, String path, Path source) throws IOException {
        try (Staging staging = fs.openStaged(path);
                InputStream in = Files.newInputStream(source)) {
            in.transferTo(Channels.newOutputStream(staging.channel()));
            staging.commit();
        }
    }

    /** Passes bytes through, inverting the one at {@code position} (and nothing when the payload is empty). */
    private static final class Flipping implements WritableByteChannel {
        private final WritableByteChannel target;
        private final long position;
        private long written;

        Flipping(WritableByteChannel target, long position) {
            this.target = target;
            this.position = position;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            int start = source.position();
            int count = source.remaining();
            if (position >= written && position < written + count) {
                int at = start + (int) (position - written);
                ByteBuffer copy =
                        ByteBuffer.allocate(count).put(source.duplicate()).flip();
                copy.put(at - start, (byte) ~copy.get(at - start));
                while (copy.hasRemaining()) {
                    target.write(copy);
                }
                source.position(start + count);
            } else {
                while (source.hasRemaining()) {
                    target.write(source);
                }
            }
            written += count;
            return count;
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
}
