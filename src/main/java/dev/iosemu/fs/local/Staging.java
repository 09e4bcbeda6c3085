package dev.iosemu.fs.local;

import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.SeekableByteChannel;
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
    private long allocated; // blocks this file holds in the space account; guarded by its lock

    Staging(LocalFileSystem fs, String path, AtomicWrite write) {
        this.fs = fs;
        this.path = path;
        this.write = write;
    }

    /** The file this staging lands on, as the file system names it ({@code /dir/file}). */
    public String path() {
        return path;
    }

    /** Where the bytes go; it may seek (an image writer fills in its header last). */
    public SeekableByteChannel channel() {
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
        fs.commits().commit(this);
        markCommitted();
    }

    /** Discards the bytes unless committed; never throws. */
    @Override
    public void close() {
        write.close();
        if (!committed) {
            fs.space().release(this);
        }
    }

    boolean committed() {
        return committed;
    }

    void markCommitted() {
        committed = true;
    }

    AtomicWrite atomicWrite() {
        return write;
    }

    long allocated() {
        return allocated;
    }

    void allocated(long blocks) {
        allocated = blocks;
    }

    /**
     * The staging file's channel, each write first allowed by the space account, and the out-of-space
     * failure of the host made precise. Closing it only stops writes: the file stays open until
     * {@link #commit} forces it to the storage device. It keeps the file's position and size itself, as every
     * change to them passes through it (the file is new and written through nothing else), since asking the
     * file for them on each write cost more than the rest of the space check.
     */
    private final class SpaceChecked implements SeekableByteChannel {
        private boolean open = true; // owned by the writing thread
        private long position; // the target's, owned by the writing thread
        private long size; // the target's, owned by the writing thread

        @Override
        public int write(ByteBuffer source) throws IOException {
            SeekableByteChannel target = target();
            fs.space().grow(Staging.this, Math.max(size, position + source.remaining()));
            try {
                int written = target.write(source);
                position += written;
                size = Math.max(size, position);
                return written;
            } catch (FileSystemException e) {
                throw e;
            } catch (IOException e) {
                if (isOutOfSpace(e)) {
                    throw new NotEnoughSpaceException(path, -1, fs.freeBytes());
                }
                throw e;
            }
        }

        @Override
        public int read(ByteBuffer destination) {
            throw new NonReadableChannelException();
        }

        @Override
        public long position() throws IOException {
            target();
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            target().position(newPosition);
            position = newPosition;
            return this;
        }

        @Override
        public long size() throws IOException {
            target();
            return size;
        }

        @Override
        public SeekableByteChannel truncate(long newSize) throws IOException {
            target().truncate(newSize);
            size = Math.min(size, newSize);
            position = Math.min(position, newSize);
            return this;
        }

        @Override
        public boolean isOpen() {
            return open && write.channel().isOpen();
        }

        @Override
        public void close() {
            open = false;
        }

        private SeekableByteChannel target() throws ClosedChannelException {
            if (!open) {
                throw new ClosedChannelException();
            }
            return write.channel();
        }
    }

    /** Whether {@code failure} is the storage running out: jimfs's words, or the host's. */
    static boolean isOutOfSpace(IOException failure) {
        String message = String.valueOf(failure.getMessage());
        return message.equals("out of disk space") || message.contains("No space left on device");
    }
}
