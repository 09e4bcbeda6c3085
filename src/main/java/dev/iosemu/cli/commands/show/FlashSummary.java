package dev.iosemu.cli.commands.show;

import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.image.ImageFamily;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code show flash:} on routers: every file of the file system with its path, then
 * {@code N bytes available (M bytes used)}. ISR G2 and IOS-XE lay the columns out differently; IOS-XE
 * names each file by its full {@code /bootflash/...} path, the file system's root folder first.
 */
final class FlashSummary {
    private FlashSummary() {}

    static List<String> render(ImageFamily train, LocalFileSystem fs, List<FileEntry> entries, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        if (train == ImageFamily.IOS_XE) {
            xeRows(fs, entries, zone, lines);
        } else {
            lines.add("");
            lines.add("-#- --length-- -----date/time------ path");
            for (FileEntry entry : entries) {
                lines.add(classicRow(entry, entry.path().substring(1), zone));
            }
        }
        lines.add("");
        lines.add(fs.freeBytes() + " bytes available (" + fs.usedBytes() + " bytes used)");
        return lines;
    }

    /**
     * IOS-XE names the file system before the header ({@code Bootflash:}) and lists its root folder first, as
     * row 1, so the files follow from row 2.
     */
    private static void xeRows(LocalFileSystem fs, List<FileEntry> entries, ZoneId zone, List<String> lines) {
        String name = fs.prefix().substring(0, fs.prefix().length() - 1);
        lines.add(Character.toUpperCase(name.charAt(0)) + name.substring(1)
                + ":  -#- --length-- ---------date/time--------- path");
        String root = "/" + name + "/";
        Optional<Instant> changed = entries.stream()
                .filter(e -> e.path().indexOf('/', 1) < 0)
                .flatMap(e -> e.modified().stream())
                .max(Instant::compareTo);
        lines.add(xeRow(1, new FileEntry(0, name, "/", true, 4096, changed, "drwx"), root, zone));
        for (FileEntry entry : entries) {
            if (!hidden(entry.path())) { // a hidden folder keeps its number (rows 1, 2, 4 on a real ISR4300)
                lines.add(xeRow(entry.index() + 1, entry, root + entry.path().substring(1), zone));
            }
        }
    }

    static String classicRow(FileEntry entry, String path, ZoneId zone) {
        return String.format(Locale.ROOT, "%-3d %10d  %s  %s", entry.index(), entry.size(), date(entry, zone), path);
    }

    /** Whether a path lies in or is a dot folder or file ({@code /.prst_sync}), which show flash: leaves out. */
    private static boolean hidden(String path) {
        return path.contains("/.");
    }

    /** An IOS-XE row: {@code number} is the row's place in the listing, the root folder being 1. */
    static String xeRow(long number, FileEntry entry, String path, ZoneId zone) {
        long size = entry.directory() ? 4096 : entry.size();
        return String.format(Locale.ROOT, "%3d %10d %s %s", number, size, date(entry, zone), path);
    }

    private static String date(FileEntry entry, ZoneId zone) {
        return ListingDates.of(entry, zone);
    }
}
