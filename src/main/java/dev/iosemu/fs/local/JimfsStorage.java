package dev.iosemu.fs.local;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.attribute.FileTime;
import java.time.Clock;

/** Creates the jimfs instance behind one device file system. */
final class JimfsStorage {
    /**
     * Allocation unit of every device file system. 4096 divides the sizes real devices report for
     * flash (256487424, 65544192), so an empty flash shows free equal to total.
     */
    static final int BLOCK_SIZE = 4096;

    private JimfsStorage() {}

    static FileSystem create(LocalFileSystemSpec spec, Clock clock) {
        // Opaque file systems hold no stored files, but jimfs needs a positive size.
        long capacity = Math.max(spec.sizeBytes() / BLOCK_SIZE * BLOCK_SIZE, BLOCK_SIZE);
        Configuration configuration = Configuration.unix().toBuilder()
                .setWorkingDirectory("/")
                .setAttributeViews("basic")
                .setBlockSize(BLOCK_SIZE)
                .setMaxSize(capacity)
                // Freed blocks go back to the heap: a device that deletes an 80 MB image must not keep it.
                .setMaxCacheSize(0)
                .setFileTimeSource(() -> FileTime.from(clock.instant()))
                .build();
        return Jimfs.newFileSystem(configuration);
    }
}
