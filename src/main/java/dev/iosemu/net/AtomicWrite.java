package dev.iosemu.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces one file so that a crash at any moment leaves either the old file or the new one, never a
 * torn one: the bytes go to a staging file in the target's directory, are forced to the storage device,
 * the staging file is moved over the target in one step ({@code ATOMIC_MOVE}), and the directory is
 * forced so that the move itself outlives a power cut. The one implementation in the project: {@code net}
 * is the lowest layer, so the lab servers and the device file systems ({@code fs.local}) share it.
 *
 * <p>Fallback: a file system that cannot move atomically (some network and FUSE file systems) gets a
 * plain replacing move, where a crash in the middle may leave the target missing but never torn. jimfs and
 * the local POSIX file systems move atomically. Forcing applies only to the host's default file system;
 * an in-memory one has nothing to force, and a host that cannot open a directory (Windows) skips the
 * directory step.
 *
 * <p>Used by one thread at a time.
 */
public final class AtomicWrite implements AutoCloseable {
    /**
     * Staging files are named with this prefix, so listings can hide them and a start after a crash can
     * remove them ({@link #isStaging}).
     */
    public static final String STAGING_PREFIX = ".iosemu-partial-";

    private final Path staging;
    private final Path target;
    private final SeekableByteChannel channel;
    private boolean finished; // owned by the writing thread

    private AtomicWrite(Path staging, Path target, SeekableByteChannel channel) {
        this.staging = staging;
        this.target = target;
        this.channel = channel;
    }

    /**
     * Creates {@code staging}, which must not exist and must be in the directory of {@code target}; the
     * bytes written to {@link #channel} land on {@code target} at {@link #commit}.
     */
    public static AtomicWrite begin(Path staging, Path target) throws IOException {
        if (!staging.toAbsolutePath().getParent().equals(target.toAbsolutePath().getParent())) {
            throw new IllegalArgumentException("staging file " + staging + " is not beside " + target);
        }
        return new AtomicWrite(staging, target, open(staging));
    }

    /** Writes {@code content} to {@code target} through {@code staging} in one call. */
    public static void write(Path staging, Path target, byte[] content) throws IOException {
        try (AtomicWrite write = begin(staging, target)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                write.channel().write(bytes);
            }
            write.commit();
        }
    }

    /** Whether {@code file} is the staging file of a write (hidden from listings, garbage after a crash). */
    public static boolean isStaging(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(STAGING_PREFIX);
    }

    /**
     * Replaces {@code target} with {@code content} atomically but without forcing anything to the disk: for
     * records that are rebuilt when lost (a table of index numbers), where a power cut may leave the old
     * version but never a torn one, at a fraction of the cost.
     */
    public static void writeUnforced(Path staging, Path target, byte[] content) throws IOException {
        try {
            Files.write(staging, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            moveInOneStep(staging, target);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    /** Where the bytes go until the commit. */
    public SeekableByteChannel channel() {
        return channel;
    }

    /** The file the bytes land on. */
    public Path target() {
        return target;
    }

    /** The staging file (hidden from listings by its name, which the caller chose). */
    public Path stagingFile() {
        return staging;
    }

    /** Forces the bytes, then moves the staging file over the target and forces the directory. */
    public void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("already finished: " + target);
        }
        flush();
        move(staging, target);
        finished = true;
    }

    /**
     * Forces the bytes written so far to the storage device and closes the channel, without moving: for a
     * commit of several files that a journal makes all-or-nothing. Idempotent.
     */
    public void flush() throws IOException {
        if (channel.isOpen()) {
            if (channel instanceof FileChannel file && isHostFile(staging)) {
                file.force(true);
            }
            channel.close();
        }
    }

    /**
     * Leaves the staging file for someone else to move (a journal that now owns it): {@link #close} no
     * longer deletes it.
     */
    public void handOver() {
        finished = true;
    }

    /** Abandons the write unless it was committed: the staging file is deleted, the target untouched. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the staging file is deleted next; a failed close changes nothing anyone sees
        }
        if (!finished) {
            finished = true;
            try {
                Files.deleteIfExists(staging);
            } catch (IOException ignored) {
                // a leftover staging file is hidden and removed at the next start
            }
        }
    }

    /**
     * Moves {@code source} over {@code target} in one step (see the class comment for the fallback), then
     * forces the directory that holds the target.
     */
    public static void move(Path source, Path target) throws IOException {
        moveInOneStep(source, target);
        syncDirectory(target.toAbsolutePath().getParent());
    }

    private static void moveInOneStep(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Forces a directory's entries (a create, delete or rename in it) to the storage device; nothing to do
     * off the host file system or where the host cannot open a directory.
     */
    public static void syncDirectory(Path directory) throws IOException {
        if (directory == null || !isHostFile(directory)) {
            return;
        }
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            if (Files.isDirectory(directory)) {
                return; // a host that cannot open directories for reading (Windows) has no such step
            }
            throw e;
        }
    }

    private static boolean isHostFile(Path path) {
        return path.getFileSystem() == FileSystems.getDefault();
    }

    private static SeekableByteChannel open(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (UnsupportedOperationException e) {
            return Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }
}
