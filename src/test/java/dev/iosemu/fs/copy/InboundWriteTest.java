package dev.iosemu.fs.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.fs.local.AccessMode;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server-side write into flash obeys the rules of a copy: staged, checked for space, all or nothing. */
class InboundWriteTest {
    private static final long FLASH_SIZE = 16 * 4096;

    private final DeviceFileSystems device = DeviceFileSystems.create(
            List.of(
                    LocalFileSystemSpec.of("flash0:", FileSystemType.DISK, FLASH_SIZE)
                            .withAliases("flash:")
                            .asDefault(),
                    LocalFileSystemSpec.of("rom:", FileSystemType.DISK, 8192).withAccess(AccessMode.READ_ONLY)),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final LocalFileSystem flash = device.defaultFileSystem();
    private final CopyEngine engine = new CopyEngine(Ticker.system());

    @AfterEach
    void close() throws IOException {
        device.close();
    }

    @Test
    void receivedFileAppearsUnderItsNameOnlyAtCommit() throws IOException {
        byte[] image = bytes(10_000);
        try (InboundWrite write = engine.receive(file("/c1900.bin"), OptionalLong.of(image.length))) {
            writeAll(write.channel(), image);
            assertThat(flash.exists("/c1900.bin")).isFalse();

            write.commit();
        }

        assertThat(Files.readAllBytes(flash.path("/c1900.bin"))).isEqualTo(image);
        assertThat(namesInRoot()).containsExactly("c1900.bin");
    }

    @Test
    void announcedSizeThatDoesNotFitIsRefusedBeforeAnyByteAndLeavesNoTrace() throws IOException {
        flash.write("/old.bin", bytes(4096));

        assertThatThrownBy(() -> engine.receive(file("/big.bin"), OptionalLong.of(FLASH_SIZE)))
                .isInstanceOf(NotEnoughSpaceException.class);

        assertThat(namesInRoot()).containsExactly("old.bin");
    }

    @Test
    void cutTransferLeavesTheOldFileExactlyAsItWas() throws IOException {
        byte[] old = "old content".getBytes(StandardCharsets.US_ASCII);
        flash.write("/r1.cfg", old);
        long used = flash.usedBytes();

        try (InboundWrite write = engine.receive(file("/r1.cfg"), OptionalLong.of(8000))) {
            writeAll(write.channel(), bytes(5000));
        } // the connection dropped: no commit

        assertThat(Files.readAllBytes(flash.path("/r1.cfg"))).isEqualTo(old);
        assertThat(flash.usedBytes()).isEqualTo(used);
        assertThat(namesInRoot()).containsExactly("r1.cfg");
    }

    @Test
    void unannouncedFileThatOutgrowsFlashFailsAsNotEnoughSpace() throws IOException {
        try (InboundWrite write = engine.receive(file("/huge.bin"), OptionalLong.empty())) {
            assertThatThrownBy(() -> writeAll(write.channel(), bytes((int) FLASH_SIZE + 4096)))
                    .isInstanceOf(NotEnoughSpaceException.class);
        }

        assertThat(namesInRoot()).isEmpty();
        assertThat(flash.usedBytes()).isZero();
    }

    @Test
    void readOnlyFileSystemIsRefusedAtOnce() {
        LocalFileSystem rom = device.find("rom:").orElseThrow();

        assertThatThrownBy(() -> engine.receive(new LocalFileDestination(rom, "/x.bin"), OptionalLong.of(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void configurationTextIsHandedOverWholeAndOnlyAtCommit() throws IOException {
        List<String> merged = new ArrayList<>();
        TextSink runningConfig = merged::add;

        try (InboundWrite abandoned = engine.receive(runningConfig, OptionalLong.empty())) {
            writeAll(abandoned.channel(), "hostname R9\n".getBytes(StandardCharsets.US_ASCII));
        }
        try (InboundWrite write = engine.receive(runningConfig, OptionalLong.empty())) {
            writeAll(write.channel(), "hostname R2\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(merged).isEmpty();
            write.commit();
        }

        assertThat(merged).containsExactly("hostname R2\n");
    }

    @Test
    void aRemoteFileIsNoDestinationForAServerOfTheDevice() {
        RemoteSink remote = (ReadableByteChannel source, long size) -> {};

        assertThatThrownBy(() -> engine.receive(remote, OptionalLong.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private LocalFileDestination file(String path) {
        return new LocalFileDestination(flash, path);
    }

    private List<String> namesInRoot() throws IOException {
        try (Stream<Path> names = Files.list(flash.root())) {
            return names.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void writeAll(WritableByteChannel target, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            target.write(buffer);
        }
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        Arrays.setAll(new int[count], i -> bytes[i] = (byte) (i * 31));
        return bytes;
    }
}
