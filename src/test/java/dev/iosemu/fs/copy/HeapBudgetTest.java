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

/** The JVM heap as one budget, shared by every in-memory file system, that copies reserve from atomically. */
class HeapBudgetTest {
    private static final long MIB = 1L << 20;

    private final HeapBudget budget = new HeapBudget(512 * MIB); // about 440 MiB of file data
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
    void roomIsTheHeapLessItsReserveLessWhatFileSystemsHoldAndCopiesReserved() {
        assertThat(budget.room()).isBetween(440 * MIB, 442 * MIB);
        long[] held = {100 * MIB};
        budget.hold(() -> held[0]);
        HeapBudget.Reservation copy = budget.reservation();

        assertThat(copy.grow(200 * MIB)).isTrue();

        assertThat(budget.room()).isBetween(140 * MIB, 142 * MIB);
    }

    @Test
    void twoCopiesCannotBothTakeTheLastRoom() {
        HeapBudget.Reservation first = budget.reservation();
        HeapBudget.Reservation second = budget.reservation();

        assertThat(first.grow(300 * MIB)).isTrue();
        assertThat(second.grow(300 * MIB)).isFalse();

        first.close();
        assertThat(second.grow(300 * MIB)).isTrue();
    }

    @Test
    void writtenBytesMoveFromTheReservationToTheFileSystemThatHoldsThem() throws IOException {
        long[] held = {0};
        budget.hold(() -> held[0]);
        HeapBudget.Reservation copy = budget.reservation();
        copy.grow(10 * MIB);
        var channel = copy.checked(new Counting(held), IOException::new);

        channel.write(ByteBuffer.allocate((int) (4 * MIB)));
        long during = budget.room();
        copy.close();

        assertThat(held[0]).isEqualTo(4 * MIB);
        assertThat(budget.room()).isEqualTo(during + 6 * MIB);
    }

    @Test
    void aClosedHoldNoLongerCounts() {
        long before = budget.room();
        HeapBudget.Hold hold = budget.hold(() -> 50 * MIB);
        assertThat(budget.room()).isEqualTo(before - 50 * MIB);

        hold.close();

        assertThat(budget.room()).isEqualTo(before);
    }

    @Test
    void fileOfUnannouncedSizeIsStoppedBeforeTheHeapRunsOut() throws IOException {
        HeapBudget small = new HeapBudget(HeapBudget.RESERVE + 33 * MIB); // 32 MiB of file data
        small.hold(flash::usedBytes);
        CopyEngine engine = new CopyEngine(() -> 0L, small);
        RemoteSource source = (target, listener) -> {
            for (int chunk = 0; chunk < 100; chunk++) {
                target.write(ByteBuffer.allocate((int) MIB));
            }
        };

        assertThatThrownBy(() -> engine.copy(
                        source, new LocalFileDestination(flash, "/big.bin"), bytes -> {}, new CancelToken()))
                .isInstanceOf(NotEnoughSpaceException.class);
        assertThat(flash.list("/")).isEmpty();
        assertThat(small.room()).isGreaterThan(31 * MIB); // the staging file and the reservation are gone
    }

    @Test
    void copyThatTheHeapCannotHoldIsRefusedBeforeItsFirstByteLikeAFullFlash() throws IOException {
        CopyEngine engine = new CopyEngine(() -> 0L, budget);
        boolean[] wrote = {false};
        RemoteSource source = (target, listener) -> {
            listener.sizeKnown(500 * MIB);
            wrote[0] = true;
            target.write(ByteBuffer.allocate(4096));
        };

        assertThatThrownBy(() -> engine.copy(
                        source, new LocalFileDestination(flash, "/big.bin"), bytes -> {}, new CancelToken()))
                .isInstanceOf(NotEnoughSpaceException.class);
        assertThat(flash.list("/")).isEmpty();
        assertThat(budget.room()).isBetween(440 * MIB, 442 * MIB);
    }

    @Test
    void committedCopyIsCountedByItsFileSystemAndItsReservationIsGivenBack() throws IOException {
        budget.hold(flash::usedBytes);
        CopyEngine engine = new CopyEngine(() -> 0L, budget);
        long before = budget.room();
        RemoteSource source = (target, listener) -> {
            listener.sizeKnown(8 * MIB);
            target.write(ByteBuffer.allocate((int) (8 * MIB)));
        };

        engine.copy(source, new LocalFileDestination(flash, "/f.bin"), bytes -> {}, new CancelToken());

        assertThat(budget.room()).isEqualTo(before - flash.usedBytes());
    }

    /** A sink that counts what it is given as held by its file system. */
    private record Counting(long[] held) implements java.nio.channels.WritableByteChannel {
        @Override
        public int write(ByteBuffer source) {
            int n = source.remaining();
            source.position(source.limit());
            held[0] += n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }
}
