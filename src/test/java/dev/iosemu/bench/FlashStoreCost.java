package dev.iosemu.bench;

import dev.iosemu.fs.copy.CancelToken;
import dev.iosemu.fs.copy.CopyEngine;
import dev.iosemu.fs.copy.CopyProgress;
import dev.iosemu.fs.copy.LocalFileDestination;
import dev.iosemu.fs.copy.RemoteSource;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;

/**
 * The storing part of a device's download alone: the copy engine writing blocks that are already in memory
 * (a direct buffer, as a datagram's payload is) into a 1941's flash (in-heap, staged, committed), with no
 * network. What the device's path costs beyond the bare client is this, plus the console's share.
 */
final class FlashStoreCost implements AutoCloseable {
    private static final long C1941_FLASH = 256_487_424L;

    private final DeviceFileSystems storage;
    private final LocalFileSystem flash;
    private final CopyEngine engine = new CopyEngine(Ticker.system());

    FlashStoreCost() {
        storage = DeviceFileSystems.create(
                List.of(LocalFileSystemSpec.of("flash0:", FileSystemType.DISK, C1941_FLASH)), Clock.systemUTC());
        flash = storage.defaultFileSystem();
    }

    /** Stores {@code size} bytes in blocks of {@code blockSize} and deletes the file again (not measured). */
    TransferCost.Cost store(long size, int blockSize) throws IOException {
        long[] switches = TransferCost.ProcessSwitches.current();
        ThreadCpu cpu = ThreadCpu.now();
        long start = System.nanoTime();
        copy(size, blockSize);
        double seconds = (System.nanoTime() - start) / 1e9;
        ThreadCpu.Split used = ThreadCpu.now().since(cpu);
        long[] counted = TransferCost.ProcessSwitches.since(switches);
        flash.delete("/image.bin");
        return TransferCost.Cost.of(seconds, used, counted);
    }

    /** Stores {@code size} bytes in blocks of {@code blockSize} and deletes the file again, measuring nothing. */
    void storeUnmeasured(long size, int blockSize) throws IOException {
        copy(size, blockSize);
        flash.delete("/image.bin");
    }

    private void copy(long size, int blockSize) throws IOException {
        engine.copy(
                blocks(size, blockSize),
                new LocalFileDestination(flash, "/image.bin"),
                CopyProgress.NONE,
                new CancelToken());
    }

    private static RemoteSource blocks(long size, int blockSize) {
        return (target, listener) -> {
            listener.sizeKnown(size);
            ByteBuffer block = ByteBuffer.allocateDirect(blockSize);
            for (long sent = 0; sent < size; sent += blockSize) {
                block.clear().limit((int) Math.min(blockSize, size - sent));
                while (block.hasRemaining()) {
                    target.write(block);
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        storage.close();
    }
}
