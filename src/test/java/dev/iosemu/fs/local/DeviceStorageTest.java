package dev.iosemu.fs.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.NotEnoughSpaceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three storages behave alike for listings, free space and full-disk errors. */
class DeviceStorageTest {
    private static final long FLASH = 64 * 4096 + 100;

    @TempDir
    Path host;

    private final SettableClock clock = new SettableClock(Instant.parse("2024-05-01T10:00:00Z"));

    @ParameterizedTest
    @ValueSource(strings = {"memory", "overlay", "folder"})
    void everyStorageListsCountsAndRefusesAlike(String kind) throws IOException {
        try (DeviceFileSystems device = open(kind)) {
            LocalFileSystem flash = device.defaultFileSystem();
            flash.write("/a.bin", new byte[5000]);
            flash.mkdir("/dir");
            flash.write("/dir/b.txt", "text".getBytes(StandardCharsets.UTF_8));
            flash.rename("/a.bin", "/dir/a.bin", false);

            assertThat(flash.walk())
                    .extracting(FileEntry::index, FileEntry::path, FileEntry::size)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2L, "/dir", 0L),
                            org.assertj.core.groups.Tuple.tuple(1L, "/dir/a.bin", 5000L),
                            org.assertj.core.groups.Tuple.tuple(3L, "/dir/b.txt", 4L));
            assertThat(flash.freeBytes()).isEqualTo(64 * 4096 - 8192 - 4096);
            assertThat(flash.entry("/dir/b.txt").modified()).contains(clock.instant());

            assertThatThrownBy(() -> flash.write("/big.bin", new byte[62 * 4096]))
                    .isInstanceOf(NotEnoughSpaceException.class);
            assertThat(flash.walk()).hasSize(3);
            assertThat(flash.freeBytes()).isEqualTo(64 * 4096 - 8192 - 4096);

            flash.deleteRecursively("/dir");
            assertThat(flash.walk()).isEmpty();
            assertThat(flash.freeBytes()).isEqualTo(64 * 4096);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "overlay", "folder"})
    void aSharedImageReadsCountsAndIsReplacedAsAnyFile(String kind) throws IOException {
        ImageStore images = ImageStore.create();
        ImageStore.Blob blob = images.intern("image", out -> out.write(java.nio.ByteBuffer.wrap(new byte[9000])));
        try (DeviceFileSystems device = open(kind)) {
            LocalFileSystem flash = device.defaultFileSystem();

            flash.placeShared("/c1900.bin", blob);

            assertThat(flash.size("/c1900.bin")).isEqualTo(9000);
            assertThat(flash.freeBytes()).isEqualTo(64 * 4096 - 12288);
            assertThat(flash.openRead("/c1900.bin").readAllBytes()).hasSize(9000);
            assertThat(Files.size(flash.readablePath("/c1900.bin"))).isEqualTo(9000);

            flash.write("/c1900.bin", "mine".getBytes(StandardCharsets.UTF_8));

            assertThat(flash.readText("/c1900.bin")).isEqualTo("mine");
            assertThat(Files.size(blob.path())).isEqualTo(9000);
            assertThat(flash.freeBytes()).isEqualTo(64 * 4096 - 4096);
        } finally {
            images.close();
        }
    }

    @org.junit.jupiter.api.Test
    void overlayDevicesShareOneCopyOfAnImageUntilOneWrites() throws IOException {
        ImageStore images = ImageStore.create();
        try (DeviceFileSystems first = open("overlay");
                DeviceFileSystems second = open("overlay")) {
            for (DeviceFileSystems device : List.of(first, second)) {
                device.defaultFileSystem()
                        .placeShared(
                                "/c1900.bin",
                                images.intern(
                                        "spec",
                                        out -> out.write(
                                                java.nio.ByteBuffer.wrap("image".getBytes(StandardCharsets.UTF_8)))));
            }

            assertThat(images.size()).isEqualTo(1);
            assertThat(first.defaultFileSystem().readablePath("/c1900.bin"))
                    .isEqualTo(second.defaultFileSystem().readablePath("/c1900.bin"));

            first.defaultFileSystem().delete("/c1900.bin");

            assertThat(second.defaultFileSystem().readText("/c1900.bin")).isEqualTo("image");
        } finally {
            images.close();
        }
    }

    @org.junit.jupiter.api.Test
    void aFolderKeepsFilesTimesAndIndexNumbersAcrossARestart() throws IOException {
        try (DeviceFileSystems device = open("folder")) {
            LocalFileSystem flash = device.defaultFileSystem();
            flash.write("/a.bin", new byte[10]);
            flash.write("/b.bin", new byte[20]);
            flash.write("/a.bin", new byte[30]);
        }
        clock.advance(java.time.Duration.ofDays(1));
        Path dropped = host.resolve("flash/dropped.bin");
        Files.write(dropped, new byte[40]);

        try (DeviceFileSystems device = open("folder")) {
            LocalFileSystem flash = device.defaultFileSystem();

            assertThat(flash.list("/"))
                    .extracting(FileEntry::index, FileEntry::name, FileEntry::size)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2L, "b.bin", 20L),
                            org.assertj.core.groups.Tuple.tuple(3L, "a.bin", 30L),
                            org.assertj.core.groups.Tuple.tuple(4L, "dropped.bin", 40L));
            assertThat(flash.entry("/a.bin").modified()).contains(Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(flash.freeBytes()).isEqualTo(64 * 4096 - 3 * 4096);
        }
    }

    @org.junit.jupiter.api.Test
    void aFolderDropsWhatACrashLeftHalfWritten() throws IOException {
        Files.createDirectories(host.resolve("flash/dir"));
        Files.write(host.resolve("flash/keep.bin"), new byte[1]);
        Files.write(host.resolve("flash/" + LocalFileSystem.STAGING_PREFIX + "7"), new byte[100]);
        Files.write(host.resolve("flash/dir/" + LocalFileSystem.STAGING_PREFIX + "8"), new byte[100]);

        try (DeviceFileSystems device = open("folder")) {
            assertThat(device.defaultFileSystem().walk())
                    .extracting(FileEntry::path)
                    .containsExactlyInAnyOrder("/keep.bin", "/dir");
        }
        try (Stream<Path> left = Files.walk(host.resolve("flash"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(LocalFileSystem.STAGING_PREFIX));
        }
    }

    @org.junit.jupiter.api.Test
    void aFolderPathCannotLeaveItsFileSystem() throws IOException {
        try (DeviceFileSystems device = open("folder")) {
            assertThatThrownBy(() -> device.defaultFileSystem().path("/../outside"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private DeviceFileSystems open(String kind) throws IOException {
        DeviceStorage storage =
                switch (kind) {
                    case "memory" -> DeviceStorage.inMemory();
                    case "overlay" -> DeviceStorage.overlay(ImageStore.create());
                    default -> DeviceStorage.folder(host, host.resolve(".meta"), true);
                };
        return DeviceFileSystems.open(
                List.of(LocalFileSystemSpec.of("flash:", FileSystemType.DISK, FLASH)
                        .asDefault()),
                clock,
                storage);
    }
}
