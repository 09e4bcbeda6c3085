package dev.iosemu.fs.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StagingSetTest {
    private final DeviceFileSystems device = DeviceFileSystems.create(
            List.of(LocalFileSystemSpec.of("flash:", FileSystemType.DISK, 1 << 20)),
            new SettableClock(Instant.parse("2024-01-01T00:00:00Z")));
    private final LocalFileSystem flash = device.defaultFileSystem();

    @AfterEach
    void close() throws IOException {
        device.close();
    }

    @Test
    void aCommitMakesEveryFileVisibleAndEveryRemovalHappen() throws IOException {
        flash.write("/old.bin", bytes("old"));
        flash.mkdir("/pkgs");
        try (StagingSet set = flash.openStagingSet()) {
            set.add("/pkgs/a.pkg").write(bytes("a"));
            set.add("/packages.conf").write(bytes("conf"));
            set.removeAtCommit("/old.bin");

            assertThat(names()).containsExactly("/old.bin", "/pkgs");

            set.commit();
        }

        assertThat(names()).containsExactly("/pkgs", "/pkgs/a.pkg", "/packages.conf");
        assertThat(flash.readText("/packages.conf")).isEqualTo("conf");
        assertThat(backingNames()).doesNotContain(".iosemu-partial-1", ".iosemu-commit-1");
    }

    @Test
    void aSetClosedWithoutACommitChangesNothing() throws IOException {
        flash.write("/old.bin", bytes("old"));
        try (StagingSet set = flash.openStagingSet()) {
            set.add("/new.bin").write(bytes("new"));
            set.removeAtCommit("/old.bin");
        }

        assertThat(names()).containsExactly("/old.bin");
        assertThat(backingNames()).containsExactly("old.bin");
    }

    @Test
    void aJournalLeftByACrashIsFinishedWhenTheFileSystemRecovers() throws IOException {
        flash.write("/old.bin", bytes("old"));
        Staging staged = flash.openStaged("/new.bin");
        staged.write(bytes("new"));
        staged.atomicWrite().flush();
        staged.atomicWrite().handOver();
        Journal journal = new Journal(List.of(
                new Journal.Remove("/old.bin"),
                new Journal.Move(flash.pathOf(staged.atomicWrite().stagingFile()), "/new.bin")));
        Files.write(flash.root().resolve(Journal.PREFIX + "9"), journal.encode());

        flash.commits().recover();

        assertThat(names()).containsExactly("/new.bin");
        assertThat(flash.readText("/new.bin")).isEqualTo("new");
        assertThat(backingNames()).containsExactly("new.bin");
    }

    @Test
    void stagingFilesWithoutAJournalAreDiscardedWhenTheFileSystemRecovers() throws IOException {
        flash.write("/keep.bin", bytes("keep"));
        flash.mkdir("/dir");
        Staging crashed = flash.openStaged("/dir/half.bin");
        crashed.write(bytes("half"));
        crashed.atomicWrite().handOver();

        flash.commits().recover();

        assertThat(names()).containsExactly("/keep.bin", "/dir");
        assertThat(backingNames()).containsExactly("dir", "keep.bin");
        assertThat(Files.list(flash.root().resolve("dir"))).isEmpty();
    }

    @Test
    void directoriesMadeAtTheCommitHoldTheFilesStagedForThem() throws IOException {
        try (StagingSet set = flash.openStagingSet()) {
            set.directoryAtCommit("/img");
            set.directoryAtCommit("/img/html");
            set.add("/img/img.bin").write(bytes("image"));
            set.add("/img/html/home.htm").write(bytes("<html>"));

            assertThat(names()).isEmpty();

            set.commit();
        }

        assertThat(names()).containsExactlyInAnyOrder("/img", "/img/img.bin", "/img/html", "/img/html/home.htm");
        assertThat(flash.readText("/img/html/home.htm")).isEqualTo("<html>");
    }

    @Test
    void directoriesOfASetClosedWithoutACommitAreNeverMade() throws IOException {
        try (StagingSet set = flash.openStagingSet()) {
            set.directoryAtCommit("/img");
            set.add("/img/img.bin").write(bytes("image"));
        }

        assertThat(names()).isEmpty();
        assertThat(backingNames()).isEmpty();
    }

    @Test
    void aHiddenDirectoryLeftByACrashGoesWhenTheFileSystemRecovers() throws IOException {
        StagingSet set = flash.openStagingSet();
        set.directoryAtCommit("/img");
        set.add("/img/img.bin").write(bytes("image"));

        flash.commits().recover();

        assertThat(names()).isEmpty();
        assertThat(backingNames()).isEmpty();
    }

    @Test
    void journalNamesWithTabsAndLineBreaksSurviveTheRoundTrip() {
        Journal journal = new Journal(List.of(new Journal.Move("/a\tb", "/c\nd%"), new Journal.Remove("/e\r")));

        assertThat(Journal.decode(journal.encode())).contains(journal);
        assertThat(Journal.decode("move\t/a".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void eraseAllIsOneStepThatLeavesAnEmptyRoot() throws IOException {
        flash.write("/a.bin", bytes("a"));
        flash.mkdir("/dir");
        flash.write("/dir/b.bin", bytes("b"));

        flash.eraseAll();

        assertThat(names()).isEmpty();
        assertThat(backingNames()).isEmpty();
    }

    private List<String> names() throws IOException {
        return flash.walk().stream().map(FileEntry::path).toList();
    }

    private List<String> backingNames() throws IOException {
        try (var entries = Files.list(flash.root())) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
