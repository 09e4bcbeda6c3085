package dev.iosemu.fs.local;

import dev.iosemu.fs.NotEnoughSpaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The free space of one {@link LocalFileSystem}, the same whatever holds its files: the capacity in whole
 * blocks, less the blocks of the stored files (their sizes as the volume reports them, so a shared image
 * counts in full) and of the writes in progress. Stored files are counted by walking the tree, cached
 * between changes; writes in progress are counted as they grow, so two copies into one flash see each
 * other. Thread-safe: {@link #lock} guards the counters and each staging's share.
 */
final class SpaceAccount {
    private final LocalFileSystem fs;
    private final long capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private long staged; // blocks held by open stagings; guarded by lock
    private long stored = -1; // blocks of stored files, -1 when a change made it unknown; guarded by lock

    SpaceAccount(LocalFileSystem fs, long capacity) {
        this.fs = fs;
        this.capacity = capacity;
    }

    /** The whole blocks a file system of {@code spec} can hold (none for opaque ones). */
    static long capacityOf(LocalFileSystemSpec spec) {
        long block = MemoryVolume.BLOCK_SIZE;
        return spec.sizeBytes() / block * block;
    }

    /** The space a file of {@code size} bytes occupies: {@code size} rounded up to whole blocks. */
    static long allocation(long size) {
        long block = MemoryVolume.BLOCK_SIZE;
        return (size + block - 1) / block * block;
    }

    /** The free bytes now, counted afresh (a user may have dropped files into a host folder). */
    long free() {
        lock.lock();
        try {
            stored = countStored();
            return Math.max(0, capacity - stored - staged);
        } finally {
            lock.unlock();
        }
    }

    /** The blocks of the stored files, counted afresh. */
    long stored() {
        lock.lock();
        try {
            stored = countStored();
            return stored;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Lets {@code staging} grow to {@code size} bytes, or fails as a full file system does. A refusal is
     * checked against a fresh count first, since files may have gone since the last one.
     */
    void grow(Staging staging, long size) throws NotEnoughSpaceException {
        long wanted = fs.allocationFor(size);
        lock.lock();
        try {
            long more = wanted - staging.allocated();
            if (more <= 0) {
                return;
            }
            if (stored < 0 || capacity - stored - staged < more) {
                stored = countStored();
            }
            long free = Math.max(0, capacity - stored - staged);
            if (free < more) {
                throw new NotEnoughSpaceException(staging.path(), -1, Math.min(free, fs.totalBytes()));
            }
            staged += more;
            staging.allocated(wanted);
        } finally {
            lock.unlock();
        }
    }

    /** {@code staging} is committed or discarded: its blocks are now stored files, or free. */
    void release(Staging staging) {
        lock.lock();
        try {
            staged -= staging.allocated();
            staging.allocated(0);
            stored = -1;
        } finally {
            lock.unlock();
        }
    }

    /** The stored files changed. */
    void invalidate() {
        lock.lock();
        try {
            stored = -1;
        } finally {
            lock.unlock();
        }
    }

    private long countStored() {
        Volume volume = fs.volume();
        try (Stream<Path> tree = Files.walk(volume.root())) {
            long total = 0;
            for (Path file : (Iterable<Path>) tree::iterator) {
                if (Listing.isVisible(volume.root().relativize(file))) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        total += fs.allocationFor(volume.size(file, attributes));
                    }
                }
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the files of " + fs.prefix(), e);
        }
    }
}
