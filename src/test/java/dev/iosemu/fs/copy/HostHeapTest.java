package dev.iosemu.fs.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JVM heap as a second limit on what a copy may write into a device file system. */
class HostHeapTest {
    private static final long MIB = 1L << 20;

    private long used = 100 * MIB;
    private long garbage;
    private int collections;
    private final HostHeap heap = new HostHeap(() -> 512 * MIB, () -> used + garbage, () -> {
        collections++;
        garbage = 0;
    });

    private final DeviceFileSystems device = DeviceFileSystems.create(
            List.of(LocalFileSystemSpec.of("flash0:", FileSystemType.DISK, 1L << 30)
                    .asDefault()),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final LocalFileSystem flash = device.defaultFileSystem();

    @AfterEach
    void close() throws IOException {
        device.close();
    }

    @Test
    void fileThatFitsBesideTheReserveIsAcceptedWithoutACollection() {
        assertThat(heap.canHold(300 * MIB)).isTrue();
        assertThat(collections).isZero();
    }

    @Test
    void garbageIsCollectedBeforeAFileIsRefused() {
        garbage = 200 * MIB;

        assertThat(heap.canHold(300 * MIB)).isTrue();
        assertThat(collections).isEqualTo(1);
    }

    @Test
    void fileLargerThanTheLiveHeapAllowsIsRefused() {
        assertThat(heap.canHold(400 * MIB)).isFalse();
        assertThat(collections).isEqualTo(1);
    }

    @Test
    void roomIsWhatIsLeftBesideTheReserveAndCountsOnlyLiveDataWhenTight() {
        long room = heap.room();
        assertThat(room).isBetween(340 * MIB, 348 * MIB);
        assertThat(collections).isZero();

        used = 500 * MIB;
        garbage = 0;
        assertThat(heap.room()).isNegative();
        assertThat(collections).isEqualTo(1);
    }

    @Test
    void fileOfUnannouncedSizeIsStoppedBeforeTheHeapRunsOut() throws IOException {
        long max = HostHeap.RESERVE + 32 * MIB;
        long[] inUse = {0};
        CopyEngine engine = new CopyEngine(() -> 0L, new HostHeap(() -> max, () -> inUse[0], () -> {}));
        RemoteSource source = (target, listener) -> {
            for (int chunk = 0; chunk < 100; chunk++) {
                target.write(ByteBuffer.allocate((int) MIB));
                inUse[0] += MIB; // what jimfs keeps of the chunk
            }
        };

        assertThatThrownBy(() -> engine.copy(
                        source, new LocalFileDestination(flash, "/big.bin"), bytes -> {}, new CancelToken()))
                .isInstanceOf(NotEnoughSpaceException.class);
        assertThat(inUse[0]).isBetween(16 * MIB, max - HostHeap.RESERVE);
        assertThat(flash.list("/")).isEmpty();
    }

    @Test
    void copyThatTheHeapCannotHoldIsRefusedBeforeItsFirstByteLikeAFullFlash() throws IOException {
        CopyEngine engine = new CopyEngine(() -> 0L, heap);
        RemoteSource source = (target, listener) -> {
            listener.sizeKnown(400 * MIB);
            target.write(ByteBuffer.allocate(4096));
        };

        assertThatThrownBy(() -> engine.copy(
                        source, new LocalFileDestination(flash, "/big.bin"), bytes -> {}, new CancelToken()))
                .isInstanceOf(NotEnoughSpaceException.class);
        assertThat(flash.list("/")).isEmpty();
    }
}
