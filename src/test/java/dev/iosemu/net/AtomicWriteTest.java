package dev.iosemu.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    private final FileSystem memory = Jimfs.newFileSystem(Configuration.unix());
    private final Path dir = memory.getPath("/d");

    @TempDir
    Path host;

    @AfterEach
    void close() throws IOException {
        memory.close();
    }

    @Test
    void theTargetKeepsItsOldContentUntilTheCommitThenHasTheNew() throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve("f");
        Files.writeString(target, "old");

        try (AtomicWrite write = AtomicWrite.begin(dir.resolve(".staging"), target)) {
            write.channel().write(ByteBuffer.wrap("new".getBytes(StandardCharsets.UTF_8)));
            assertThat(Files.readString(target)).isEqualTo("old");

            write.commit();
        }

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("f");
    }

    @Test
    void closingWithoutACommitLeavesTheTargetAndNoStagingFile() throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve("f");
        Files.writeString(target, "old");

        try (AtomicWrite write = AtomicWrite.begin(dir.resolve(".staging"), target)) {
            write.channel().write(ByteBuffer.wrap("half".getBytes(StandardCharsets.UTF_8)));
        }

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names(dir)).containsExactly("f");
    }

    @Test
    void onTheHostFileSystemTheBytesAndTheMoveAreForced() throws IOException {
        Path target = host.resolve("startup-config");

        AtomicWrite.write(host.resolve(".staging"), target, "hostname R1\n".getBytes(StandardCharsets.UTF_8));
        AtomicWrite.write(host.resolve(".staging"), target, "hostname R2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("hostname R2\n");
        assertThat(names(host)).containsExactly("startup-config");
    }

    @Test
    void aStagingFileThatExistsAlreadyIsRefusedNotShared() throws IOException {
        Path staging = host.resolve(".staging");
        Files.writeString(staging, "someone else's");

        assertThatThrownBy(() -> AtomicWrite.begin(staging, host.resolve("f")))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readString(staging)).isEqualTo("someone else's");
    }

    @Test
    void theStagingFileMustBeBesideTheTarget() throws IOException {
        Files.createDirectories(dir.resolve("sub"));

        assertThatThrownBy(() -> AtomicWrite.begin(dir.resolve(".staging"), dir.resolve("sub/f")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommitAfterAFlushAndHandOverIsTheCallersMove() throws IOException {
        Files.createDirectories(dir);
        Path staging = dir.resolve(".staging");
        try (AtomicWrite write = AtomicWrite.begin(staging, dir.resolve("f"))) {
            write.channel().write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            write.flush();
            write.handOver();
        }

        assertThat(Files.readAllBytes(staging)).containsExactly(1, 2, 3);
        AtomicWrite.move(staging, dir.resolve("f"));
        assertThat(names(dir)).containsExactly("f");
    }

    @Test
    void anUnforcedWriteStillReplacesInOneStepAndLeavesNoStagingFile() throws IOException {
        Path target = host.resolve("flash0.index");
        Files.writeString(target, "old");

        AtomicWrite.writeUnforced(host.resolve(".staging"), target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names(host)).containsExactly("flash0.index");
    }

    private static java.util.List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
