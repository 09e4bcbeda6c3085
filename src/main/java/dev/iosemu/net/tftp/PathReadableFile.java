package dev.iosemu.net.tftp;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/** A regular file opened for reading, with its size; shared by the path-based stores. */
final class PathReadableFile implements TftpFileStore.ReadableFile {
    private final SeekableByteChannel channel;
    private final long size;

    private PathReadableFile(SeekableByteChannel channel, long size) {
        this.channel = channel;
        this.size = size;
    }

    /** Opens {@code file}, which the caller has already confined to its root; {@code name} is for messages. */
    static PathReadableFile open(Path file, String name) throws TftpException {
        if (!Files.exists(file)) {
            throw TftpException.fileNotFound(name);
        }
        if (!Files.isRegularFile(file)) {
            throw TftpException.accessViolation("Not a regular file: " + name);
        }
        try {
            SeekableByteChannel channel = openChannel(file);
            return new PathReadableFile(channel, channel.size());
        } catch (NoSuchFileException e) {
            throw TftpException.fileNotFound(name);
        } catch (IOException e) {
            throw TftpException.accessViolation("Cannot read " + name + ": " + e.getMessage());
        }
    }

    private static SeekableByteChannel openChannel(Path file) throws IOException {
        // FileChannel where the provider has one: it reads straight into direct buffers.
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (UnsupportedOperationException e) {
            return Files.newByteChannel(file, StandardOpenOption.READ);
        }
    }

    @Override
    public ReadableByteChannel channel() {
        return channel;
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(size);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
