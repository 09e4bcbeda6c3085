package dev.iosemu.net.tftp;

import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file received into a temporary sibling and moved over its target on commit ({@link AtomicWrite}), so
 * readers never see a partial file and a crash leaves the old file or the new one. Used by one transfer
 * thread at a time.
 */
final class TempFileWrite implements TftpFileStore.WritableFile {
    private final AtomicWrite write;

    private TempFileWrite(AtomicWrite write) {
        this.write = write;
    }

    /** Creates the temporary file beside {@code target}; {@code name} is for messages. */
    static TempFileWrite create(Path target, String name) throws TftpException {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Path temp = dir.resolve(AtomicWrite.STAGING_PREFIX + "tftp-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            return new TempFileWrite(AtomicWrite.begin(temp, target.toAbsolutePath()));
        } catch (IOException e) {
            throw TftpException.accessViolation("Cannot create " + name + ": " + e.getMessage());
        }
    }

    @Override
    public WritableByteChannel channel() {
        return write.channel();
    }

    @Override
    public void commit() throws IOException {
        write.commit();
    }

    @Override
    public void close() {
        write.close();
    }
}
