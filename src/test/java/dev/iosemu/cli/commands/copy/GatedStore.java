package dev.iosemu.cli.commands.copy;

import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFileStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TFTP file store that serves the first {@link #OPEN_BYTES} of a file and then holds the transfer
 * until released, so a test can act (Ctrl-C, kill the server) while a copy is surely in progress.
 */
final class GatedStore implements TftpFileStore {
    /**
     * 192 KiB. A sender reads the next window while the current one is acknowledged, so when the gate
     * is reached the client has been sent all but one window (a block or a few, far under 64 KiB): it
     * has surely received 128 KiB, two progress marks.
     */
    static final int OPEN_BYTES = 192 * 1024;

    private final TftpFileStore delegate;
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    GatedStore(TftpFileStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public ReadableFile openRead(String name) throws TftpException {
        ReadableFile file = delegate.openRead(name);
        return new ReadableFile() {
            private final ReadableByteChannel gated = new GatedChannel(file.channel());

            @Override
            public ReadableByteChannel channel() {
                return gated;
            }

            @Override
            public OptionalLong size() {
                return file.size();
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        };
    }

    @Override
    public WritableFile openWrite(String name, OptionalLong size) throws TftpException {
        return delegate.openWrite(name, size);
    }

    private final class GatedChannel implements ReadableByteChannel {
        private final ReadableByteChannel channel;
        private long served;

        GatedChannel(ReadableByteChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read(ByteBuffer target) throws IOException {
            if (served >= OPEN_BYTES) {
                reached.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("gate interrupted", e);
                }
            }
            int n = channel.read(target);
            served += Math.max(n, 0);
            return n;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
