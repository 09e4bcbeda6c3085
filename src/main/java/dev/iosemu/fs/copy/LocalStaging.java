package dev.iosemu.fs.copy;

import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a local file through a hidden staging file in the same directory, moved onto the final name
 * with {@code ATOMIC_MOVE} on commit and deleted on abort. Confined to the copying thread.
 *
 * <p>Free-space rule: the new file must fit in the free space as it is now, so an overwrite needs room
 * for the new file while the old one still exists (as IOS flash does). Simple and never leaves the
 * device without either file. The file must also fit in the JVM heap that holds the file system
 * ({@link HostHeap}); a file that does not is refused like one that does not fit in flash, and a write
 * that runs the heap out part way fails the same way, so the emulator lives on.
 */
final class LocalStaging implements Staging {
    /** The message jimfs gives when its blocks run out; the only way it reports that. */
    private static final String JIMFS_OUT_OF_SPACE = "out of disk space";

    private final LocalFileSystem fs;
    private final HostHeap heap;
    private final String path;
    private final String directory;
    private Path stagingFile;
    private SeekableByteChannel channel;

    LocalStaging(LocalFileDestination destination, HostHeap heap) throws IOException {
        this.fs = destination.fileSystem();
        this.heap = heap;
        this.path = destination.path();
        this.directory = destination.directory();
        checkDestination();
    }

    @Override
    public void reserve(long size) throws NotEnoughSpaceException {
        long required = fs.allocationFor(size);
        long free = fs.freeBytes();
        if (required > free || !heap.canHold(required)) {
            throw new NotEnoughSpaceException(path, required, free);
        }
    }

    @Override
    public WritableByteChannel open() throws IOException {
        stagingFile = fs.createStagingFile(directory);
        channel = Files.newByteChannel(stagingFile, StandardOpenOption.WRITE);
        return new SpaceCheckingChannel(
                heap.checked(channel, () -> new NotEnoughSpaceException(path, -1, fs.freeBytes())));
    }

    @Override
    public void commit() throws IOException {
        channel.close();
        Files.move(stagingFile, fs.path(path), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        stagingFile = null;
    }

    @Override
    public void abort() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // The staging file is deleted next; a close failure changes nothing the user sees.
        }
        try {
            if (stagingFile != null) {
                Files.deleteIfExists(stagingFile);
            }
        } catch (IOException ignored) {
            // jimfs deletes cannot fail for a file we created; nothing else to do.
        }
    }

    private void checkDestination() throws IOException {
        fs.checkWritable(path);
        if (fs.isVirtual(path)) {
            throw new AccessDeniedException(path, null, FsErrors.PERMISSION_DENIED);
        }
        if (fs.isDirectory(path)) {
            throw new FileSystemException(path, null, FsErrors.IS_A_DIRECTORY);
        }
    }

    /**
     * Turns jimfs's plain out-of-space {@link IOException} into {@link NotEnoughSpaceException}, and fails
     * the same way before the heap runs out under a file of unannounced size ({@link HostHeap#checked}).
     * The staging file is deleted next, which gives the memory back.
     */
    private final class SpaceCheckingChannel implements WritableByteChannel {
        private final WritableByteChannel target;

        SpaceCheckingChannel(WritableByteChannel target) {
            this.target = target;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            try {
                return target.write(source);
            } catch (FileSystemException e) {
                throw e;
            } catch (IOException e) {
                if (JIMFS_OUT_OF_SPACE.equals(e.getMessage())) {
                    throw new NotEnoughSpaceException(path, -1, fs.freeBytes());
                }
                throw e;
            } catch (OutOfMemoryError e) {
                throw new NotEnoughSpaceException(path, -1, fs.freeBytes());
            }
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
