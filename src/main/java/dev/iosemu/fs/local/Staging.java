package dev.iosemu.fs.local;

import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileSystemException;

/**
 * A file being written to a device file system ({@link LocalFileSystem#openStaged}): the bytes go to a
 * hidden staging file beside it and appear under its name only at {@link #commit}, in one step that a
 * crash cannot tear ({@link AtomicWrite}); {@link #close} without a commit leaves no trace. Every write
 * is held to the file system's free space: one that does not fit fails with
 * {@link NotEnoughSpaceException}. Used by one thread at a time.
 */
public final class Staging implements AutoCloseable {
    private final LocalFileSystem fs;
    private final String path;
    private final AtomicWrite write;
    private final SpaceChecked channel = new SpaceChecked();
    private boolean committed; // owned by the writing thread

    Staging(LocalFileSystem fs, String path, AtomicWrite write) {
        this.fs = fs;
        this.path = path;
        this.write = write;
    }

    /** The file this staging lands on, as the file system names it ({@code /dir/file}). */
    public String path() {
        return path;
    }

    /** Where the bytes go. */
    public WritableByteChannel channel() {
        return channel;
    }

    /** Writes all of {@code bytes}. */
    public void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Makes the file visible under its name, replacing an older one, in one step. */
    public void commit() throws IOException {
        fs.commit(this);
        markCommitted();
    }

    /** Whether the file is visible under its name. */
    boolean committed() {
        return committed;
    }

    void markCommitted() {
        committed = true;
    }

    AtomicWrite atomicWrite() {
        return write;
    }

    /** Discards the bytes unless committed; never throws. */
    @Override
    public void close() {
        write.close();
    }

    /**
     * The staging file's channel, with the file system's out-of-space failure made precise. Closing it
     * only stops writes: the file stays open until {@link #commit} forces it to the storage device.
     */
    private final class SpaceChecked implements WritableByteChannel {
        private boolean open = true; // owned by the writing thread

        @Override
        public int write(ByteBuffer source) throws IOException {
            if (!open) {
                throw new ClosedChannelException();
            }
            try {
                return fs.writeStaged(Staging.this, source);
            } catch (FileSystemException e) {
                throw e;
            } catch (IOException e) {
                if (LocalFileSystem.isOutOfSpace(e)) {
                    throw new NotEnoughSpaceException(path, -1, fs.freeBytes());
                }
                throw e;
            }
        }

        @Override
        public boolean isOpen() {
            return open && write.channel().isOpen();
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
