package dev.iosemu.fs.local;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;

/** A file system's tree in its own jimfs instance in the heap, timed by the device clock. */
class MemoryVolume extends Volume {
    /**
     * Allocation unit of every device file system. 4096 divides the sizes real devices report for
     * flash (256487424, 65544192), so an empty flash shows free equal to total.
     */
    static final int BLOCK_SIZE = 4096;
    /**
     * The heap jimfs gives a file in pieces of this size on a file system of under {@link #SMALL} bytes
     * ({@code nvram:}), whose files are configurations of a few hundred bytes: each took a whole 4 KiB block of
     * heap, on every device. Space is still counted in {@link #BLOCK_SIZE} units ({@link SpaceAccount}).
     */
    static final int SMALL_STORAGE_BLOCK = 256;

    static final long SMALL = 1 << 20;

    private final FileSystem storage;

    MemoryVolume(LocalFileSystemSpec spec, Clock clock) {
        this.storage = create(spec, clock);
    }

    @Override
    Path root() {
        return storage.getPath("/");
    }

    @Override
    boolean inHeap() {
        return true;
    }

    @Override
    long heapBytes() {
        return JimfsBytes.held(storage);
    }

    @Override
    public void close() throws IOException {
        storage.close();
    }

    private static FileSystem create(LocalFileSystemSpec spec, Clock clock) {
        Configuration configuration = Configuration.unix().toBuilder()
                .setWorkingDirectory("/")
                .setAttributeViews("basic")
                .setBlockSize(SpaceAccount.capacityOf(spec) < SMALL ? SMALL_STORAGE_BLOCK : BLOCK_SIZE)
                // LocalFileSystem keeps to the device's size; jimfs's own limit is only a backstop (and
                // must be positive, even for opaque file systems that hold nothing)
                .setMaxSize(Math.max(SpaceAccount.capacityOf(spec), BLOCK_SIZE))
                // Freed blocks go back to the heap: a device that deletes an 80 MB image must not keep it.
                .setMaxCacheSize(0)
                .setFileTimeSource(() -> FileTime.from(clock.instant()))
                .build();
        return Jimfs.newFileSystem(configuration);
    }
}
