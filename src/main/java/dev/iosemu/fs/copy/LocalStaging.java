package dev.iosemu.fs.copy;

import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.Staging;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/**
 * Writes a local file through {@link LocalFileSystem#openStaged}: nothing shows under the name until the
 * commit, and an abort leaves no trace. Confined to the copying thread.
 *
 * <p>Free-space rule: the new file must fit in the free space as it is now, so an overwrite needs room
 * for the new file while the old one still exists (as IOS flash does). Simple and never leaves the
 * device without either file. A file system in the heap needs room there too ({@link HeapBudget}): a file
 * that does not fit is refused like one that does not fit in flash, and a write that runs the heap out
 * part way fails the same way, so the emulator lives on. A file system in a host folder does not.
 */
final class LocalStaging implements DestinationStaging {
    private final LocalFileSystem fs;
    private final HeapBudget.Reservation heap;
    private final String path;
    private final Staging staging;

    LocalStaging(LocalFileDestination destination, HeapBudget budget) throws IOException {
        this.fs = destination.fileSystem();
        this.path = destination.path();
        this.staging = fs.openStaged(path);
        this.heap = budget.reservation();
    }

    @Override
    public void reserve(long size) throws NotEnoughSpaceException {
        long required = fs.allocationFor(size);
        long free = fs.freeBytes();
        if (required > free || (fs.inHeap() && !heap.grow(required))) {
            throw new NotEnoughSpaceException(path, required, free);
        }
    }

    @Override
    public WritableByteChannel open() {
        if (!fs.inHeap()) {
            return staging.channel();
        }
        // the budget stops a file of unannounced size before the heap runs out, and fails the same way if
        // the heap runs out first; the staging file is deleted next, which gives the memory back
        return heap.checked(staging.channel(), () -> new NotEnoughSpaceException(path, -1, fs.freeBytes()));
    }

    @Override
    public void commit() throws IOException {
        try {
            staging.commit();
        } finally {
            heap.close();
        }
    }

    @Override
    public void abort() {
        staging.close();
        heap.close();
    }
}
