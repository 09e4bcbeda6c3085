package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.tftp.TftpFileStore.ReadableFile;
import dev.iosemu.net.tftp.TftpFileStore.WritableFile;
import dev.iosemu.net.tftp.codes.TftpError;
import java.nio.ByteBuffer;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RootDirectoryStoreTest {
    private FileSystem fs;
    private Path root;
    private RootDirectoryStore store;

    @BeforeEach
    void createRoot() throws Exception {
        fs = Jimfs.newFileSystem(
                Configuration.unix().toBuilder().setMaxSize(1 << 20).build());
        root = Files.createDirectories(fs.getPath("/srv/tftp"));
        Files.writeString(root.resolve("hello.txt"), "hello");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/inner.txt"), "inner");
        Files.writeString(fs.getPath("/srv/secret"), "secret");
        store = RootDirectoryStore.of(root);
    }

    @AfterEach
    void closeFileSystem() throws Exception {
        fs.close();
    }

    private static TftpError refusal(ThrowingOpen open) {
        try {
            open.run();
        } catch (TftpException e) {
            assertThat(e.failure()).isEqualTo(TftpFailure.LOCAL_ERROR);
            return e.error();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }

    private interface ThrowingOpen {
        void run() throws Exception;
    }

    @Test
    void readsFilesAndSubdirectoryFilesWithTheirSize() throws Exception {
        try (ReadableFile file = store.openRead("sub/inner.txt")) {
            assertThat(file.size()).hasValue(5);
            ByteBuffer buffer = ByteBuffer.allocate(16);
            file.channel().read(buffer);
            assertThat(buffer.position()).isEqualTo(5);
        }
    }

    @Test
    void missingFileIsFileNotFound() {
        assertThat(refusal(() -> store.openRead("nope"))).isEqualTo(TftpError.FILE_NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../secret",
                "sub/../../secret",
                "/srv/secret",
                "\\srv\\secret",
                "..",
                "a\0b",
                "",
                "c:x",
                "sub/../hello.txt",
                "sub\\..\\hello.txt",
                "sub/.."
            })
    void namesLeavingTheRootAreAccessViolations(String name) {
        assertThat(refusal(() -> store.openRead(name))).isEqualTo(TftpError.ACCESS_VIOLATION);
        assertThat(refusal(() -> store.openWrite(name, OptionalLong.empty()))).isEqualTo(TftpError.ACCESS_VIOLATION);
    }

    @Test
    void dotsWithinANameAreNotAParentSegment() throws Exception {
        Files.write(root.resolve("x..y"), new byte[3]);
        try (ReadableFile file = store.openRead("x..y")) {
            assertThat(file.size()).hasValue(3);
        }
    }

    @Test
    void symbolicLinkPointingOutsideTheRootIsRefused() throws Exception {
        Files.createSymbolicLink(root.resolve("escape"), fs.getPath("/srv/secret"));
        Files.createSymbolicLink(root.resolve("escdir"), fs.getPath("/srv"));
        assertThat(refusal(() -> store.openRead("escape"))).isEqualTo(TftpError.ACCESS_VIOLATION);
        assertThat(refusal(() -> store.openRead("escdir/secret"))).isEqualTo(TftpError.ACCESS_VIOLATION);
        assertThat(refusal(() -> store.openWrite("escdir/new", OptionalLong.empty())))
                .isEqualTo(TftpError.ACCESS_VIOLATION);
    }

    @Test
    void symbolicLinkInsideTheRootIsFollowed() throws Exception {
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("hello.txt"));
        try (ReadableFile file = store.openRead("alias")) {
            assertThat(file.size()).hasValue(5);
        }
    }

    @Test
    void writtenFileAppearsOnlyOnCommit() throws Exception {
        try (WritableFile file = store.openWrite("new.bin", OptionalLong.of(3))) {
            file.channel().write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            assertThat(root.resolve("new.bin")).doesNotExist();
            file.commit();
        }
        assertThat(Files.readAllBytes(root.resolve("new.bin"))).containsExactly(1, 2, 3);
        try (var listing = Files.list(root)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".iosemu-partial-"));
        }
    }

    @Test
    void uncommittedWriteLeavesNothingBehind() throws Exception {
        try (WritableFile file = store.openWrite("hello.txt", OptionalLong.empty())) {
            file.channel().write(ByteBuffer.wrap(new byte[] {1}));
        }
        assertThat(Files.readString(root.resolve("hello.txt"))).isEqualTo("hello");
        try (var listing = Files.list(root)) {
            assertThat(listing).hasSize(2);
        }
    }

    @Test
    void announcedSizeBeyondTheFreeSpaceIsDiskFull() {
        assertThat(refusal(() -> store.openWrite("huge", OptionalLong.of(10L << 20))))
                .isEqualTo(TftpError.DISK_FULL);
    }

    @Test
    void storeWithoutOverwriteRefusesExistingFiles() {
        assertThat(refusal(() -> store.withoutOverwrite().openWrite("hello.txt", OptionalLong.empty())))
                .isEqualTo(TftpError.FILE_EXISTS);
    }

    @Test
    void writeIntoAMissingDirectoryIsRefused() {
        assertThat(refusal(() -> store.openWrite("nodir/x", OptionalLong.empty())))
                .isEqualTo(TftpError.ACCESS_VIOLATION);
    }

    @Test
    void aliasStoreServesOnlyItsAliasesAndRefusesWrites() throws Exception {
        AliasFileStore aliases = AliasFileStore.of(Map.of("boot.bin", root.resolve("sub/inner.txt")));
        try (ReadableFile file = aliases.openRead("boot.bin")) {
            assertThat(file.size()).hasValue(5);
        }
        assertThat(refusal(() -> aliases.openRead("hello.txt"))).isEqualTo(TftpError.FILE_NOT_FOUND);
        assertThat(refusal(() -> aliases.openWrite("boot.bin", OptionalLong.empty())))
                .isEqualTo(TftpError.ACCESS_VIOLATION);
    }
}
