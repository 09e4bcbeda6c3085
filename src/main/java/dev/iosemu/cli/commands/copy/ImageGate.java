package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.copy.RemoteSource;
import dev.iosemu.fs.copy.TransferListener;
import dev.iosemu.image.ImageHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.function.Predicate;

/**
 * A download whose destination is named as an image ({@code .bin}): IOS reads the file's first block and,
 * when it is no executable for this system, warns ({@code %Warning: File not a valid executable for this
 * system}) and asks {@code Abort Copy? [confirm]} before the {@code Loading} line. A file shorter than an
 * image header cannot be judged and is copied without the question. Confined to the transferring thread.
 */
final class ImageGate implements RemoteSource {
    private final RemoteSource source;
    private final Predicate<byte[]> goOn;

    /**
     * @param goOn decides from the first {@link ImageHeader#SIZE} bytes whether the copy goes on (it asks the
     *     user when the header is wrong); false aborts it
     */
    ImageGate(RemoteSource source, Predicate<byte[]> goOn) {
        this.source = source;
        this.goOn = goOn;
    }

    /** Whether a download to {@code fileName} gets the check: names ending in {@code .bin}, as IOS images do. */
    static boolean applies(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".bin");
    }

    @Override
    public void transferTo(WritableByteChannel target, TransferListener listener) throws IOException {
        Channel gated = new Channel(target);
        source.transferTo(gated, listener);
        gated.flushShort();
    }

    /** The user chose to abort the copy at the question; nothing more is printed. */
    static final class Aborted extends IOException {
        Aborted() {
            super("copy aborted at the image check");
        }
    }

    private final class Channel implements WritableByteChannel {
        private final WritableByteChannel target;
        private final ByteBuffer head = ByteBuffer.allocate(ImageHeader.SIZE);
        private boolean decided;

        Channel(WritableByteChannel target) {
            this.target = target;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = src.remaining();
            if (!decided) {
                while (head.hasRemaining() && src.hasRemaining()) {
                    head.put(src.get());
                }
                if (head.hasRemaining()) {
                    return n;
                }
                decided = true;
                if (!goOn.test(head.array())) {
                    throw new Aborted();
                }
                drain(head.flip());
            }
            drain(src);
            return n;
        }

        /** A file shorter than a header reached its end undecided: its bytes go through unjudged. */
        void flushShort() throws IOException {
            if (!decided) {
                decided = true;
                drain(head.flip());
            }
        }

        private void drain(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                target.write(bytes);
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
    }
}
