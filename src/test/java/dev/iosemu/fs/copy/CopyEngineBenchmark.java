package dev.iosemu.fs.copy;

import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

/** Prints copy-engine throughput for an ISR-sized image: local to local, and a 512-byte-block remote feed. */
public final class CopyEngineBenchmark {
    private static final int IMAGE = 85_053_068;

    private CopyEngineBenchmark() {}

    public static void main(String[] args) throws IOException {
        LocalFileSystemSpec spec = LocalFileSystemSpec.of("flash0:", FileSystemType.DISK, 256_487_424L);
        try (DeviceFileSystems device = DeviceFileSystems.create(List.of(spec), Clock.systemUTC())) {
            LocalFileSystem flash = device.defaultFileSystem();
            Files.write(flash.path("/image.bin"), new byte[IMAGE]);
            CopyEngine engine = new CopyEngine(Ticker.system());
            for (int round = 0; round < 3; round++) {
                report(
                        "local",
                        engine.copy(
                                new LocalFileSource(flash, "/image.bin"),
                                new LocalFileDestination(flash, "/copy.bin"),
                                CopyProgress.NONE,
                                new CancelToken()));
                report(
                        "remote-512",
                        engine.copy(
                                blocks(IMAGE, 512),
                                new LocalFileDestination(flash, "/copy.bin"),
                                CopyProgress.NONE,
                                new CancelToken()));
            }
        }
    }

    private static RemoteSource blocks(long size, int blockSize) {
        return (target, listener) -> {
            listener.sizeKnown(size);
            ByteBuffer block = ByteBuffer.allocate(blockSize);
            for (long sent = 0; sent < size; sent += blockSize) {
                block.clear().limit((int) Math.min(blockSize, size - sent));
                target.write(block);
            }
        };
    }

    private static void report(String label, CopyResult result) {
        System.out.printf(
                "%-10s %d bytes copied in %s secs (%d bytes/sec)%n",
                label, result.bytes(), result.secondsText(), result.bytesPerSecond());
    }
}
