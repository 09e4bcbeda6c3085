package dev.iosemu.net.tftp;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file received into a temporary sibling and moved over its target on commit, so readers never see a
 * partial file. Used by one transfer thread at a time.
 */
final class TempFileWrite implements TftpFileStore.WritableFile {
    private final Path temp;
    private final Path target;
    private final SeekableByteChannel channel;
    private boolean committed; // owned by the transfer thread

    private TempFileWrite(Path temp, Path target, SeekableByteChannel channel) {
        this.temp = temp;
        this.target = target;
        this.channel = channel;
    }

    /** Creates the temporary file beside {@code target}; {@code name} is for messages. */
    static TempFileWrite create(Path target, String name) throws TftpException {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(dir, ".tftp-", ".part");
            return new TempFileWrite(temp, target, openChannel(temp));
        } catch (IOException e) {
            throw TftpException.accessViolation("Cannot create " + name + ": " + e.getMessage());
        }
    }

    private static SeekableByteChannel openChannel(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (UnsupportedOperationException e) {
            return Files.newByteChannel(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    @Override
    public WritableByteChannel channel() {
        return channel;
    }

    @Override
    public void commit() throws IOException {
        channel.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        if (!committed) {
            Files.deleteIfExists(temp);
        }
    }
}
