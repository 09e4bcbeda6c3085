package dev.iosemu.fs.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.CopyCancelledException;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.fs.local.AccessMode;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CopyEngineTest {
    static final long FLASH_SIZE = 64 * 4096;

    private final DeviceFileSystems device = DeviceFileSystems.create(
            List.of(
                    LocalFileSystemSpec.of("flash0:", FileSystemType.DISK, FLASH_SIZE)
                            .withAliases("flash:")
                            .asDefault(),
                    LocalFileSystemSpec.of("nvram:", FileSystemType.NVRAM, 65_536),
                    LocalFileSystemSpec.of("system:", FileSystemType.OPAQUE, 0),
                    LocalFileSystemSpec.of("rom:", FileSystemType.DISK, 8192).withAccess(AccessMode.READ_ONLY)),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final LocalFileSystem flash = device.defaultFileSystem();
    private final FakeTicker ticker = new FakeTicker();
    private final CopyEngine engine = new CopyEngine(ticker);
    private final List<Long> progress = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        device.close();
    }

    @Test
    void localCopyWritesTheFileAndMeasuresTheTransfer() throws IOException {
        byte[] image = bytes(100_000);
        Files.write(flash.path("/c1900.bin"), image);
        ticker.stepPerRead = Duration.ofMillis(116);

        CopyResult result =
                copy(new LocalFileSource(flash, "/c1900.bin"), new LocalFileDestination(flash, "/copy.bin"));

        assertThat(Files.readAllBytes(flash.path("/copy.bin"))).isEqualTo(image);
        assertThat(result.bytes()).isEqualTo(100_000);
        assertThat(result.elapsed()).isEqualTo(Duration.ofMillis(116));
        assertThat(result.secondsText()).isEqualTo("0.116");
        assertThat(result.bytesPerSecond()).isEqualTo(862_069);
        assertThat(progress).isNotEmpty().isSorted().endsWith(100_000L);
        assertThat(visibleAndHiddenNames()).containsExactlyInAnyOrder("c1900.bin", "copy.bin");
    }

    @Test
    void remoteCopyShowsNothingUnderTheDestinationNameUntilCommit() throws IOException {
        RemoteSource source = (target, listener) -> {
            listener.sizeKnown(3000);
            write(target, 2000);
            assertThat(flash.exists("/new.bin")).isFalse();
            assertThat(flash.list("/")).isEmpty();
            write(target, 1000);
        };

        CopyResult result = copy(source, new LocalFileDestination(flash, "/new.bin"));

        assertThat(result.bytes()).isEqualTo(3000);
        assertThat(flash.size("/new.bin")).isEqualTo(3000);
        assertThat(flash.freeBytes()).isEqualTo(FLASH_SIZE - 4096);
    }

    @Test
    void overwriteKeepsTheOldFileUntilTheNewOneIsComplete() throws IOException {
        Files.writeString(flash.path("/config.text"), "old");
        RemoteSource source = (target, listener) -> {
            target.write(ByteBuffer.wrap("new ".getBytes(StandardCharsets.UTF_8)));
            assertThat(flash.readText("/config.text")).isEqualTo("old");
            target.write(ByteBuffer.wrap("content".getBytes(StandardCharsets.UTF_8)));
        };

        copy(source, new LocalFileDestination(flash, "/config.text"));

        assertThat(flash.readText("/config.text")).isEqualTo("new content");
        assertThat(visibleAndHiddenNames()).containsExactly("config.text");
    }

    @Test
    void sourceFailureMidStreamLeavesTheDestinationAsItWas() throws IOException {
        Files.writeString(flash.path("/image.bin"), "previous image");
        long freeBefore = flash.freeBytes();
        RemoteSource failing = (target, listener) -> {
            write(target, 10_000);
            throw new IOException("Transfer");
        };

        assertThatThrownBy(() -> copy(failing, new LocalFileDestination(flash, "/image.bin")))
                .hasMessage("Transfer");

        assertThat(flash.readText("/image.bin")).isEqualTo("previous image");
        assertThat(visibleAndHiddenNames()).containsExactly("image.bin");
        assertThat(flash.freeBytes()).isEqualTo(freeBefore);
    }

    @Test
    void sourceThatSwallowsAFailureStillGetsNothingCommitted() throws IOException {
        RemoteSource careless = (target, listener) -> {
            try {
                listener.sizeKnown(FLASH_SIZE * 2);
            } catch (NotEnoughSpaceException ignored) {
                // a buggy client carries on
            }
            write(target, 100);
        };

        assertThatThrownBy(() -> copy(careless, new LocalFileDestination(flash, "/x.bin")))
                .isInstanceOf(NotEnoughSpaceException.class);
        assertThat(visibleAndHiddenNames()).isEmpty();
    }

    @Test
    void cancelTokenStopsTheCopyAndLeavesNoFile() throws IOException {
        CancelToken cancel = new CancelToken();
        RemoteSource endless = (target, listener) -> {
            while (true) {
                write(target, 512);
            }
        };
        CopyProgress cancelAfterFirstBlock = bytes -> cancel.cancel();

        assertThatThrownBy(() ->
                        engine.copy(endless, new LocalFileDestination(flash, "/x.bin"), cancelAfterFirstBlock, cancel))
                .isInstanceOf(CopyCancelledException.class)
                .satisfies(e -> assertThat(FsErrors.reason((IOException) e)).isEqualTo("Interrupted"));
        assertThat(visibleAndHiddenNames()).isEmpty();
        assertThat(flash.freeBytes()).isEqualTo(FLASH_SIZE);
    }

    @Test
    void interruptingTheCopyingThreadStopsTheCopyAndLeavesNoFile() throws Exception {
        var firstBlock = new java.util.concurrent.CountDownLatch(1);
        RemoteSource waitsForTheNextBlock = (target, listener) -> {
            write(target, 512);
            firstBlock.countDown();
            try {
                new java.util.concurrent.CountDownLatch(1).await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // A network client keeps the flag for its caller, as this one does.
                Thread.currentThread().interrupt();
            }
            write(target, 512);
        };
        var failure = new java.util.concurrent.CompletableFuture<Throwable>();
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                engine.copy(
                        waitsForTheNextBlock,
                        new LocalFileDestination(flash, "/x.bin"),
                        CopyProgress.NONE,
                        new CancelToken());
                failure.complete(null);
            } catch (Throwable e) {
                failure.complete(e);
            }
        });
        assertThat(firstBlock.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        worker.interrupt();

        assertThat(failure.get(10, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(CopyCancelledException.class);
        worker.join();
        assertThat(visibleAndHiddenNames()).isEmpty();
        assertThat(flash.freeBytes()).isEqualTo(FLASH_SIZE);
    }

    @Test
    void announcedSizeThatDoesNotFitIsRefusedBeforeAnyByte() throws IOException {
        AtomicLong written = new AtomicLong();
        RemoteSource tooBig = (target, listener) -> {
            listener.sizeKnown(FLASH_SIZE + 1);
            written.addAndGet(write(target, 512));
        };

        assertThatThrownBy(() -> copy(tooBig, new LocalFileDestination(flash, "/big.bin")))
                .isInstanceOfSatisfying(NotEnoughSpaceException.class, e -> {
                    assertThat(e.requiredBytes()).isEqualTo(FLASH_SIZE + 4096);
                    assertThat(e.freeBytes()).isEqualTo(FLASH_SIZE);
                    assertThat(FsErrors.reason(e)).isEqualTo("Not enough space on device");
                });
        assertThat(written).hasValue(0);
        assertThat(visibleAndHiddenNames()).isEmpty();
    }

    @Test
    void localSourceLargerThanFreeSpaceIsRefusedBeforeStarting() throws IOException {
        Files.write(flash.path("/half.bin"), bytes((int) FLASH_SIZE / 2 + 1));

        assertThatThrownBy(() ->
                        copy(new LocalFileSource(flash, "/half.bin"), new LocalFileDestination(flash, "/again.bin")))
                .isInstanceOf(NotEnoughSpaceException.class);
        assertThat(progress).isEmpty();
        assertThat(visibleAndHiddenNames()).containsExactly("half.bin");
    }

    @Test
    void overwriteNeedsRoomForTheNewFileWhileTheOldOneExists() throws IOException {
        Files.write(flash.path("/image.bin"), bytes((int) FLASH_SIZE - 4096));
        TextSource fourKilobytesAndOne = new TextSource("x".repeat(4097));

        assertThatThrownBy(() -> copy(fourKilobytesAndOne, new LocalFileDestination(flash, "/image.bin")))
                .isInstanceOf(NotEnoughSpaceException.class);
        assertThat(flash.size("/image.bin")).isEqualTo(FLASH_SIZE - 4096);
    }

    @Test
    void runningOutOfSpaceWithAnUnknownSizeFailsCleanly() throws IOException {
        Files.writeString(flash.path("/keep.txt"), "keep");
        long freeBefore = flash.freeBytes();
        RemoteSource unknownSize = (target, listener) -> {
            for (int i = 0; i < 1000; i++) {
                write(target, 4096);
            }
        };

        assertThatThrownBy(() -> copy(unknownSize, new LocalFileDestination(flash, "/huge.bin")))
                .isInstanceOfSatisfying(NotEnoughSpaceException.class, e -> assertThat(e.requiredBytes())
                        .isEqualTo(-1));
        assertThat(visibleAndHiddenNames()).containsExactly("keep.txt");
        assertThat(flash.freeBytes()).isEqualTo(freeBefore);
    }

    @Test
    void textSourceSavesTheConfigurationToNvram() throws IOException {
        LocalFileSystem nvram = device.find("nvram:").orElseThrow();

        CopyResult result =
                copy(new TextSource("hostname R1\nend\n"), new LocalFileDestination(nvram, "/startup-config"));

        assertThat(nvram.readText("/startup-config")).isEqualTo("hostname R1\nend\n");
        assertThat(result.bytes()).isEqualTo(16);
    }

    @Test
    void deviceSuppliedFileCopiesIntoATextSinkOnlyWhenComplete() throws IOException {
        LocalFileSystem system = device.find("system:").orElseThrow();
        system.mountVirtual("/running-config", () -> "hostname R1\n");
        List<String> merged = new ArrayList<>();

        copy(new LocalFileSource(system, "/running-config"), (TextSink) merged::add);
        RemoteSource failing = (target, listener) -> {
            write(target, 10);
            throw new IOException("Timed out");
        };
        assertThatThrownBy(() -> copy(failing, (TextSink) merged::add)).hasMessage("Timed out");

        assertThat(merged).containsExactly("hostname R1\n");
    }

    @Test
    void aTextLargerThanSixteenMebibytesFailsAsAFullDeviceInsteadOfFillingTheHeap() {
        List<String> merged = new ArrayList<>();
        AtomicLong written = new AtomicLong();
        RemoteSource announced = (target, listener) -> {
            listener.sizeKnown(TextStaging.MAX_BYTES + 1);
            written.addAndGet(write(target, 512));
        };
        RemoteSource endless = (target, listener) -> {
            for (int i = 0; i < 5000; i++) {
                written.addAndGet(write(target, 4096));
            }
        };

        assertThatThrownBy(() -> copy(announced, (TextSink) merged::add))
                .isInstanceOfSatisfying(NotEnoughSpaceException.class, e -> assertThat(FsErrors.reason(e))
                        .isEqualTo("Not enough space on device"));
        assertThat(written).hasValue(0);
        assertThatThrownBy(() -> copy(endless, (TextSink) merged::add)).isInstanceOf(NotEnoughSpaceException.class);
        assertThat(written.get()).isLessThanOrEqualTo(TextStaging.MAX_BYTES);
        assertThat(merged).isEmpty();
    }

    @Test
    void uploadStreamsALocalFileToARemoteSinkWithItsSize() throws IOException {
        byte[] image = bytes(70_000);
        Files.write(flash.path("/c1900.bin"), image);
        var received = new java.io.ByteArrayOutputStream();
        AtomicLong announced = new AtomicLong();
        RemoteSink sink = (source, size) -> {
            announced.set(size);
            ByteBuffer buffer = ByteBuffer.allocate(512);
            while (source.read(buffer) >= 0) {
                received.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        };

        CopyResult result = copy(new LocalFileSource(flash, "/c1900.bin"), sink);

        assertThat(received.toByteArray()).isEqualTo(image);
        assertThat(announced).hasValue(70_000);
        assertThat(result.bytes()).isEqualTo(70_000);
        assertThat(progress).endsWith(70_000L);
    }

    @Test
    void cancelledUploadFailsEvenIfTheSinkSwallowsIt() throws IOException {
        Files.write(flash.path("/c1900.bin"), bytes(10_000));
        CancelToken cancel = new CancelToken();
        RemoteSink careless = (source, size) -> {
            cancel.cancel();
            try {
                source.read(ByteBuffer.allocate(512));
            } catch (CopyCancelledException ignored) {
                // a buggy client reports success anyway
            }
        };

        assertThatThrownBy(() ->
                        engine.copy(new LocalFileSource(flash, "/c1900.bin"), careless, CopyProgress.NONE, cancel))
                .isInstanceOf(CopyCancelledException.class);
    }

    @Test
    void remoteToRemoteIsNotSupported() {
        RemoteSource source = (target, listener) -> {};
        RemoteSink sink = (channel, size) -> {};

        assertThatThrownBy(() -> copy(source, sink))
                .isInstanceOfSatisfying(FileSystemException.class, e -> assertThat(FsErrors.reason(e))
                        .isEqualTo("Operation not supported"));
    }

    @Test
    void badDestinationsFailBeforeAnythingIsWritten() throws IOException {
        flash.mkdir("/dir");
        TextSource text = new TextSource("x");

        assertThatThrownBy(() -> copy(text, new LocalFileDestination(flash, "/dir")))
                .isInstanceOfSatisfying(FileSystemException.class, e -> assertThat(FsErrors.reason(e))
                        .isEqualTo("Is a directory"));
        assertThatThrownBy(() -> copy(text, new LocalFileDestination(flash, "/missing/x")))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() ->
                        copy(text, new LocalFileDestination(device.find("rom:").orElseThrow(), "/x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(visibleAndHiddenNames()).containsExactly("dir");
    }

    @Test
    void missingSourceCreatesNothing() throws IOException {
        assertThatThrownBy(() -> copy(new LocalFileSource(flash, "/nope"), new LocalFileDestination(flash, "/x")))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(visibleAndHiddenNames()).isEmpty();
    }

    private CopyResult copy(CopySource source, CopyDestination destination) throws IOException {
        return engine.copy(source, destination, progress::add, new CancelToken());
    }

    /** Every name in the flash root, including hidden staging files. */
    private List<String> visibleAndHiddenNames() throws IOException {
        try (Stream<Path> names = Files.list(flash.root())) {
            return names.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static int write(WritableByteChannel target, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes(count));
        while (buffer.hasRemaining()) {
            target.write(buffer);
        }
        return count;
    }

    private static byte[] bytes(int count) {
        byte[] data = new byte[count];
        for (int i = 0; i < count; i++) {
            data[i] = (byte) (i * 31);
        }
        return data;
    }

    /** Starts at 0 and moves {@code stepPerRead} each time it is read after the first. */
    private static final class FakeTicker implements Ticker {
        Duration stepPerRead = Duration.ZERO;
        private long nanos;
        private boolean started;

        @Override
        public long nanos() {
            if (started) {
                nanos += stepPerRead.toNanos();
            }
            started = true;
            return nanos;
        }
    }
}
