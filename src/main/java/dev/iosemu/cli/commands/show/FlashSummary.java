package dev.iosemu.cli.commands.show;

import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.image.ImageFamily;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code show flash:} on routers: every file of the file system with its path, then
 * {@code N bytes available (M bytes used)}. ISR G2 and IOS-XE lay the columns out differently; IOS-XE
 * names each file by its full {@code /bootflash/...} path.
 */
final class FlashSummary {
    private FlashSummary() {}

    static List<String> render(ImageFamily train, LocalFileSystem fs, List<FileEntry> entries, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        boolean xe = train == ImageFamily.IOS_XE;
        if (xe) {
            lines.add("-#- --length-- ---------date/time--------- path");
        } else {
            lines.add("");
            lines.add("-#- --length-- -----date/time------ path");
        }
        String root = "/" + fs.prefix().substring(0, fs.prefix().length() - 1) + "/";
        for (FileEntry entry : entries) {
            String path = entry.path().substring(1);
            lines.add(xe ? xeRow(entry, root + path, zone) : classicRow(entry, path, zone));
        }
        lines.add("");
        lines.add(fs.freeBytes() + " bytes available (" + fs.usedBytes() + " bytes used)");
        return lines;
    }

    static String classicRow(FileEntry entry, String path, ZoneId zone) {
        return String.format(Locale.ROOT, "%-3d %10d  %s  %s", entry.index(), entry.size(), date(entry, zone), path);
    }

    static String xeRow(FileEntry entry, String path, ZoneId zone) {
        long size = entry.directory() ? 4096 : entry.size();
        return String.format(Locale.ROOT, "%3d %10d %s %s", entry.index(), size, date(entry, zone), path);
    }

    private static String date(FileEntry entry, ZoneId zone) {
        return ListingDates.of(entry, zone);
    }
}
