package dev.iosemu.fs.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFolderTest {
    private static final Set<String> FOLDERS = Set.of("flash0", "nvram");
    private static final List<LocalFileSystemSpec> SPECS = List.of(
            LocalFileSystemSpec.of("flash0:", FileSystemType.DISK, 64 * 4096).asDefault(),
            LocalFileSystemSpec.of("nvram:", FileSystemType.NVRAM, 16 * 4096));

    @TempDir
    Path dir;

    @Test
    void aNewFolderIsLaidOutAndHoldsTheDeviceOnceOpened() throws IOException {
        Path state = dir.resolve("r1");
        try (StateFolder folder = StateFolder.open(state, "c1941", FOLDERS)) {
            assertThat(folder.restoring()).isFalse();
            try (DeviceFileSystems device = open(folder)) {
                device.defaultFileSystem().write("/a.bin", new byte[10]);
                folder.opened(device);
            }
        }

        assertThat(state.resolve("flash0/a.bin")).hasSize(10);
        try (StateFolder again = StateFolder.open(state, "c1941", FOLDERS)) {
            assertThat(again.restoring()).isTrue();
        }
    }

    @Test
    void aSecondUserOfTheFolderIsRefusedUntilTheFirstCloses() throws IOException {
        try (StateFolder first = StateFolder.open(dir, "c1941", FOLDERS)) {
            assertThatThrownBy(() -> StateFolder.open(dir, "c1941", FOLDERS))
                    .isInstanceOf(StateFolderException.class)
                    .hasMessageStartingWith("state folder " + dir + " is in use by another iosemu (process "
                            + ProcessHandle.current().pid() + ")");
        }
        StateFolder.open(dir, "c1941", FOLDERS).close();
    }

    @Test
    void aFolderOfAnotherDeviceIsRefusedNamingIt() throws IOException {
        try (StateFolder folder = StateFolder.open(dir, "c2960x", FOLDERS);
                DeviceFileSystems device = open(folder)) {
            folder.opened(device);
        }

        assertThatThrownBy(() -> StateFolder.open(dir, "c1941", FOLDERS))
                .isInstanceOf(StateFolderException.class)
                .hasMessage("state folder " + dir + " holds a c2960x device, not a c1941 (use another folder,"
                        + " or --device c2960x)");
    }

    @Test
    void aFolderWithOtherFilesIsNotAStateFolder() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> StateFolder.open(dir, "c1941", FOLDERS))
                .isInstanceOf(StateFolderException.class)
                .hasMessage("--state " + dir + " is not an iosemu state folder (it holds notes.txt); give a new or"
                        + " empty folder");
        assertThat(dir.resolve(".iosemu")).doesNotExist();
        assertThatThrownBy(() -> StateFolder.open(dir.resolve("notes.txt"), "c1941", FOLDERS))
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void imagesDroppedIntoAFlashFolderBeforeTheFirstStartAreKept() throws IOException {
        Files.createDirectories(dir.resolve("flash0"));
        Files.write(dir.resolve("flash0/mine.bin"), new byte[5]);

        try (StateFolder folder = StateFolder.open(dir, "c1941", FOLDERS);
                DeviceFileSystems device = open(folder)) {
            folder.opened(device);
            assertThat(device.defaultFileSystem().size("/mine.bin")).isEqualTo(5);
        }
    }

    @Test
    void aFlashFolderHoldingMoreThanTheFlashIsRefusedWithOneLine() throws IOException {
        Files.createDirectories(dir.resolve("flash0"));
        Files.write(dir.resolve("flash0/huge.bin"), new byte[65 * 4096]);

        try (StateFolder folder = StateFolder.open(dir, "c1941", FOLDERS);
                DeviceFileSystems device = open(folder)) {
            assertThatThrownBy(() -> folder.opened(device))
                    .isInstanceOf(StateFolderException.class)
                    .hasMessage(dir.toAbsolutePath().resolve("flash0") + " holds 266240 bytes, more than flash0: can"
                            + " (262144 bytes): remove files from it");
        }
    }

    @Test
    void unfinishedLabUploadsAreRemovedAtOpen() throws IOException {
        Files.createDirectories(dir.resolve("lab/upload"));
        Files.write(dir.resolve("lab/upload/.iosemu-partial-ftp-1-x.bin"), new byte[5]);
        Files.write(dir.resolve("lab/upload/done.bin"), new byte[5]);

        StateFolder.open(dir, "c1941", FOLDERS).close();

        try (var left = Files.list(dir.resolve("lab/upload"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("done.bin");
        }
    }

    private static DeviceFileSystems open(StateFolder folder) throws IOException {
        return DeviceFileSystems.open(SPECS, Clock.systemUTC(), folder.storage());
    }
}
