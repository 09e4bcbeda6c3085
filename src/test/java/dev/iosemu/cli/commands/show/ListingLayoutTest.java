package dev.iosemu.cli.commands.show;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.FileSystemRow;
import dev.iosemu.fs.local.AccessMode;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.profile.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The listing rows match lines captured from real devices (ios-reference.md §4.1-4.4) column for column. */
class ListingLayoutTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static FileEntry file(long index, String name, long size, String isoTime, String permissions) {
        return new FileEntry(
                index,
                name,
                "/" + name,
                permissions.startsWith("d"),
                size,
                Optional.of(Instant.parse(isoTime)),
                permissions);
    }

    @Test
    void catalystDirRowMatchesARealTwentyNineSixty() {
        FileEntry entry = file(2, "c2960-lanbasek9-mz.152-7.E7.bin", 15979136, "1993-03-01T01:25:54Z", "-rwx");

        assertThat(DirectoryListing.row(ImageFamily.CLASSIC_IOS, entry, UTC))
                .isEqualTo("    2  -rwx    15979136   Mar 1 1993 01:25:54 +00:00  c2960-lanbasek9-mz.152-7.E7.bin");
    }

    @Test
    void nvramListingMatchesARealTwentyNineSixty() {
        FileEntry startup = new FileEntry(65, "startup-config", "/startup-config", false, 0, Optional.empty(), "-rw-");
        FileEntry persistent =
                new FileEntry(1, "persistent-data", "/persistent-data", false, 71, Optional.empty(), "----");

        assertThat(DirectoryListing.render(
                        ImageFamily.CLASSIC_IOS, "nvram:/", List.of(startup, persistent), 65536, 64460, UTC))
                .containsExactly(
                        "Directory of nvram:/",
                        "",
                        "65  -rw-           0                    <no date>  startup-config",
                        " 1  ----          71                    <no date>  persistent-data",
                        "",
                        "65536 bytes total (64460 bytes free)");
    }

    @Test
    void isrDirRowMatchesARealNineteenFortyOne() {
        FileEntry entry = file(1, "c1900-universalk9-mz.SPA.151-4.M4.bin", 55088360, "2012-06-28T23:19:58Z", "-rw-");

        assertThat(DirectoryListing.row(ImageFamily.CLASSIC_IOS, entry, UTC))
                .isEqualTo(
                        "    1  -rw-    55088360  Jun 28 2012 23:19:58 +00:00  c1900-universalk9-mz.SPA.151-4.M4.bin");
    }

    @Test
    void iosXeDirRowPadsSizesToSeventeenColumns() {
        FileEntry entry = file(24, "testimage", 794609595, "2017-02-17T18:50:21Z", "-rw-");

        assertThat(DirectoryListing.row(ImageFamily.IOS_XE, entry, ZoneOffset.ofHours(-7)))
                .isEqualTo("   24  -rw-        794609595  Feb 17 2017 11:50:21 -07:00  testimage");
    }

    @Test
    void iosXeDirectoriesShowAsFourKilobytesWithExecuteBit() {
        FileEntry entry = file(11, "lost+found", 0, "2016-11-26T02:32:53Z", "drw-");

        assertThat(DirectoryListing.row(ImageFamily.IOS_XE, entry, ZoneOffset.ofHours(-7)))
                .isEqualTo("   11  drwx             4096  Nov 25 2016 19:32:53 -07:00  lost+found");
    }

    @Test
    void deviceSuppliedFilesHaveNoDate() {
        FileEntry entry = new FileEntry(65, "startup-config", "/startup-config", false, 0, Optional.empty(), "-rw-");

        assertThat(DirectoryListing.row(ImageFamily.CLASSIC_IOS, entry, UTC))
                .isEqualTo("   65  -rw-           0                    <no date>  startup-config");
    }

    @Test
    void anEmptyDirectorySaysSoBetweenBlankLines() {
        assertThat(DirectoryListing.render(ImageFamily.CLASSIC_IOS, "flash:/", List.of(), 65544192, 65543168, UTC))
                .containsExactly(
                        "Directory of flash:/",
                        "",
                        "No files in directory",
                        "",
                        "65544192 bytes total (65543168 bytes free)");
    }

    @Test
    void fileSystemRowsMatchRealDevices() {
        assertThat(FileSystemTable.format(false, '*', "256487424", "196145152", "disk", "rw", "flash0: flash:#"))
                .isEqualTo("*    256487424     196145152      disk     rw   flash0: flash:#");
        assertThat(FileSystemTable.format(false, ' ', "-", "-", "opaque", "rw", "archive:"))
                .isEqualTo("             -             -    opaque     rw   archive:");
        assertThat(FileSystemTable.format(true, '*', "15998976", "5135872", "flash", "rw", "flash:"))
                .isEqualTo("*   15998976     5135872      flash     rw     flash:");
        assertThat(FileSystemTable.format(true, ' ', "-", "-", "opaque", "rw", "bs:"))
                .isEqualTo("           -           -     opaque     rw     bs:");
    }

    @Test
    void isrShowFlashRowMatchesTheRealLayout() {
        FileEntry entry = file(1, "c2900-universalk9-mz.SPA.154-3.M3.bin", 104193476, "2015-07-21T13:38:06Z", "-rw-");

        assertThat(FlashSummary.classicRow(entry, entry.name(), UTC))
                .isEqualTo("1    104193476  Jul 21 2015 13:38:06 +00:00  c2900-universalk9-mz.SPA.154-3.M3.bin");
    }

    @Test
    void iosXeShowFlashRowNamesTheFullPath() {
        String name = "isr4300-universalk9.03.16.04b.S.155-3.S4b-ext.SPA.bin";
        FileEntry entry = file(4, name, 486645440, "2017-04-20T23:18:43Z", "-rw-");

        assertThat(FlashSummary.xeRow(4, entry, "/bootflash/" + name, UTC))
                .isEqualTo("  4  486645440 Apr 20 2017 23:18:43 +00:00 /bootflash/" + name);
    }

    @Test
    void clockTextHasTheNotSetStarAndUnpaddedDay() {
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("1993-03-01T00:01:02.345Z"), UTC);

        assertThat(ClockText.of(clock)).isEqualTo("*00:01:02.345 UTC Mon Mar 1 1993");
    }

    @Test
    void fileSystemTableListsTheProfileRowsInTheProfileOrder() {
        var fileSystems = DeviceFileSystems.create(
                List.of(new LocalFileSystemSpec(
                        "flash0:", List.of("flash:"), FileSystemType.DISK, 1 << 20, AccessMode.READ_WRITE, true, true)),
                java.time.Clock.systemUTC());
        var rows = List.of(
                new FileSystemRow("tftp:", "network", "rw"),
                new FileSystemRow("flash0:", "disk", "rw"),
                new FileSystemRow("usbflash0:", "usbflash", "rw"),
                new FileSystemRow("cns:", "opaque", "ro"));

        assertThat(FileSystemTable.render(Role.ROUTER, rows, fileSystems))
                .containsExactly(
                        "File Systems:",
                        "",
                        "       Size(b)       Free(b)      Type  Flags  Prefixes",
                        "             -             -   network     rw   tftp:",
                        "*      1048576       1048576      disk     rw   flash0: flash:#",
                        "             -             -  usbflash     rw   usbflash0:",
                        "             -             -    opaque     ro   cns:");
    }
}
