package dev.iosemu.fs.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.FsErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalFileSystemTest {
    static final long ISR_FLASH = 256_487_424L;
    static final Instant START = Instant.parse("2012-06-28T23:19:58Z");

    private final SettableClock clock = new SettableClock(START);
    private final DeviceFileSystems device = DeviceFileSystems.create(
            List.of(
                    new LocalFileSystemSpec(
                            "flash0:",
                            List.of("flash:"),
                            FileSystemType.DISK,
                            ISR_FLASH,
                            AccessMode.READ_WRITE,
                            true,
                            true),
                    LocalFileSystemSpec.of("nvram:", FileSystemType.NVRAM, 262_136),
                    LocalFileSystemSpec.of("system:", FileSystemType.OPAQUE, 0),
                    LocalFileSystemSpec.of("cns:", FileSystemType.DISK, 65_536).withAccess(AccessMode.READ_ONLY),
                    LocalFileSystemSpec.of("switchflash:", FileSystemType.FLASH, 65_544_192)),
            clock);
    private final LocalFileSystem flash = device.find("flash:").orElseThrow();

    @AfterEach
    void close() throws IOException {
        device.close();
    }

    @Test
    void emptyFlashHasAllItsBytesFree() {
        assertThat(flash.totalBytes()).isEqualTo(ISR_FLASH);
        assertThat(flash.freeBytes()).isEqualTo(ISR_FLASH);
        assertThat(flash.usedBytes()).isZero();
    }

    @Test
    void freeBytesDropByWhatWasWrittenRoundedUpToBlocks() throws IOException {
        write("/a", 5000);
        assertThat(flash.freeBytes()).isEqualTo(ISR_FLASH - 8192);

        write("/b", 4096);
        write("/empty", 0);
        assertThat(flash.freeBytes()).isEqualTo(ISR_FLASH - 12288);

        flash.delete("/a");
        assertThat(flash.freeBytes()).isEqualTo(ISR_FLASH - 4096);
        assertThat(flash.allocationFor(1)).isEqualTo(4096);
        assertThat(flash.allocationFor(0)).isZero();
    }

    @Test
    void sizeThatIsNotAWholeNumberOfBlocksShowsOnlyUsableFreeSpace() {
        LocalFileSystem nvram = device.find("nvram:").orElseThrow();

        assertThat(nvram.totalBytes()).isEqualTo(262_136);
        assertThat(nvram.freeBytes()).isEqualTo(258_048);
    }

    @Test
    void indexesFollowCreationOrderAndSurviveRenames() throws IOException {
        write("/a", 1);
        write("/b", 1);
        write("/c", 1);
        flash.rename("/b", "/renamed", false);
        flash.delete("/a");
        write("/d", 1);

        assertThat(flash.list("/"))
                .extracting(FileEntry::index, FileEntry::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "renamed"),
                        org.assertj.core.groups.Tuple.tuple(3L, "c"),
                        org.assertj.core.groups.Tuple.tuple(4L, "d"));
    }

    @Test
    void entryCarriesSizeTimeAndIosPermissions() throws IOException {
        clock.advance(Duration.ofMinutes(7));
        write("/c1900.bin", 55_088);
        flash.mkdir("/dir");
        LocalFileSystem catalystFlash = device.find("switchflash:").orElseThrow();
        Files.write(catalystFlash.path("/multiple-fs"), new byte[3]);
        catalystFlash.mkdir("/pnp-info");

        assertThat(flash.entry("/c1900.bin"))
                .isEqualTo(new FileEntry(
                        1, "c1900.bin", "/c1900.bin", false, 55_088, Optional.of(START.plusSeconds(420)), "-rw-"));
        assertThat(flash.entry("/dir").permissions()).isEqualTo("drw-");
        assertThat(flash.entry("/dir").size()).isZero();
        assertThat(catalystFlash.entry("/multiple-fs").permissions()).isEqualTo("-rwx");
        assertThat(catalystFlash.entry("/pnp-info").permissions()).isEqualTo("drwx");
    }

    @Test
    void walkListsEachDirectoryBeforeItsContents() throws IOException {
        flash.mkdir("/images");
        write("/top.bin", 1);
        write("/images/a.bin", 1);
        flash.mkdir("/images/old");
        write("/images/old/b.bin", 1);

        assertThat(flash.walk())
                .extracting(FileEntry::path)
                .containsExactly("/images", "/images/a.bin", "/images/old", "/images/old/b.bin", "/top.bin");
    }

    @Test
    void listingHidesStagingFiles() throws IOException {
        write("/visible", 1);
        try (Staging pending = flash.openStaged("/pending")) {
            pending.write(new byte[10]);

            assertThat(flash.list("/")).extracting(FileEntry::name).containsExactly("visible");
            assertThat(flash.walk()).hasSize(1);
        }
    }

    @Test
    void aStagedWriteSeeksBackTruncatesAndHoldsItsSpaceAsItGrows() throws IOException {
        try (Staging staging = flash.openStaged("/image.bin")) {
            var channel = staging.channel();
            channel.write(java.nio.ByteBuffer.wrap(new byte[10_000]));
            channel.position(2);
            channel.write(java.nio.ByteBuffer.wrap("HDR".getBytes(StandardCharsets.US_ASCII)));
            long afterHeader = channel.position();
            channel.truncate(6000);
            long[] seen = {afterHeader, channel.position(), channel.size(), flash.freeBytes()};
            channel.position(channel.size());
            channel.write(java.nio.ByteBuffer.wrap(new byte[3000]));
            staging.commit();

            assertThat(seen).containsExactly(5, 5, 6000, ISR_FLASH - 12288);
        }
        byte[] stored = Files.readAllBytes(flash.path("/image.bin"));
        assertThat(stored).hasSize(9000);
        assertThat(new String(stored, 2, 3, StandardCharsets.US_ASCII)).isEqualTo("HDR");
        assertThat(flash.freeBytes()).isEqualTo(ISR_FLASH - 12288);
    }

    @Test
    void listingAMissingOrPlainFileFails() throws IOException {
        write("/file", 1);

        assertThatThrownBy(() -> flash.list("/nope")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> flash.list("/file")).isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void deleteRefusesMissingFilesAndDirectories() throws IOException {
        flash.mkdir("/dir");

        assertThatThrownBy(() -> flash.delete("/missing")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> flash.delete("/dir"))
                .isInstanceOfSatisfying(FileSystemException.class, e -> assertThat(FsErrors.reason(e))
                        .isEqualTo("Is a directory"));
    }

    @Test
    void recursiveDeleteRemovesATreeAndFreesItsSpace() throws IOException {
        flash.mkdir("/c2960-lanbasek9-mz.150-2.SE11");
        flash.mkdir("/c2960-lanbasek9-mz.150-2.SE11/html");
        write("/c2960-lanbasek9-mz.150-2.SE11/html/index.htm", 10_000);
        write("/c2960-lanbasek9-mz.150-2.SE11/info", 10);

        flash.deleteRecursively("/c2960-lanbasek9-mz.150-2.SE11");

        assertThat(flash.exists("/c2960-lanbasek9-mz.150-2.SE11")).isFalse();
        assertThat(flash.freeBytes()).isEqualTo(ISR_FLASH);
    }

    @Test
    void mkdirAndRmdirFollowPosixRules() throws IOException {
        flash.mkdir("/dir");
        write("/dir/f", 1);

        assertThatThrownBy(() -> flash.mkdir("/dir")).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> flash.mkdir("/no/such")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> flash.rmdir("/dir")).isInstanceOf(DirectoryNotEmptyException.class);
        assertThatThrownBy(() -> flash.rmdir("/dir/f")).isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> flash.rmdir("/gone")).isInstanceOf(NoSuchFileException.class);

        flash.delete("/dir/f");
        flash.rmdir("/dir");
        assertThat(flash.exists("/dir")).isFalse();
    }

    @Test
    void renameDoesNotReplaceUnlessAsked() throws IOException {
        write("/a", 1);
        write("/b", 2);

        assertThatThrownBy(() -> flash.rename("/a", "/b", false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> flash.rename("/missing", "/c", false)).isInstanceOf(NoSuchFileException.class);

        flash.rename("/a", "/b", true);
        assertThat(flash.size("/b")).isEqualTo(1);
        assertThat(flash.exists("/a")).isFalse();
    }

    @Test
    void readOnlyFileSystemRefusesChanges() throws IOException {
        LocalFileSystem readOnly = device.find("cns:").orElseThrow();

        assertThatThrownBy(() -> readOnly.mkdir("/x"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(FsErrors.reason(e))
                        .isEqualTo("Read-only file system"));
        assertThatThrownBy(() -> readOnly.delete("/x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> readOnly.openStaged("/x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void readsTextAndComputesMd5InAStream() throws IOException {
        Files.writeString(flash.path("/test.txt"), "hello\n");

        assertThat(flash.readText("/test.txt")).isEqualTo("hello\n");
        assertThat(flash.md5("/test.txt")).isEqualTo("b1946ac92492d2347c6235b4d2611184");
        assertThatThrownBy(() -> flash.md5("/nope")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void virtualFilesAreSuppliedByTheDeviceOnEachRead() throws IOException {
        LocalFileSystem system = device.find("system:").orElseThrow();
        StringBuilder config = new StringBuilder("hostname R1\n");
        system.mountVirtual("/running-config", config::toString);

        assertThat(system.readText("/running-config")).isEqualTo("hostname R1\n");
        config.append("end\n");
        assertThat(system.size("/running-config")).isEqualTo(16);
        assertThat(system.list("/")).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("running-config");
            assertThat(entry.modified()).isEmpty();
        });
        assertThat(system.md5("/running-config"))
                .isEqualTo(md5Of("hostname R1\nend\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> system.delete("/running-config")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eraseAllEmptiesTheFileSystem() throws IOException {
        flash.mkdir("/d");
        write("/d/f", 100);
        write("/g", 100);

        flash.eraseAll();

        assertThat(flash.list("/")).isEmpty();
        assertThat(flash.freeBytes()).isEqualTo(ISR_FLASH);
    }

    private void write(String path, int size) throws IOException {
        Files.write(flash.path(path), new byte[size]);
    }

    private static String md5Of(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
