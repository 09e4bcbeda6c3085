package dev.iosemu.cli.commands.show;

import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.image.ImageFamily;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of {@code dir} (and of {@code show flash:} on a Catalyst): header, one row per entry with index,
 * permissions, size, date and name, then the space line. Column widths follow real devices: classic IOS
 * pads sizes to 12 columns, IOS-XE to 17; indexes take 5 columns, 2 on {@code nvram:}.
 */
final class DirectoryListing {
    private DirectoryListing() {}

    static List<String> render(
            ImageFamily train, String title, List<FileEntry> entries, long total, long free, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add("Directory of " + title);
        lines.add("");
        if (entries.isEmpty()) {
            lines.add("No files in directory");
        }
        int indexWidth = title.startsWith("nvram:") ? 2 : 5;
        for (FileEntry entry : entries) {
            lines.add(row(train, entry, zone, indexWidth));
        }
        lines.add("");
        // Opaque file systems (system:) have no size; IOS says so instead of printing zeros.
        lines.add(total == 0 ? "No space information available" : total + " bytes total (" + free + " bytes free)");
        return lines;
    }

    static String row(ImageFamily train, FileEntry entry, ZoneId zone) {
        return row(train, entry, zone, 5);
    }

    private static String row(ImageFamily train, FileEntry entry, ZoneId zone, int indexWidth) {
        boolean xe = train == ImageFamily.IOS_XE;
        String permissions = xe && entry.directory() ? "drwx" : entry.permissions();
        long size = xe && entry.directory() ? 4096 : entry.size();
        String sizeFormat = xe ? "%17d" : "%12d";
        return String.format(
                Locale.ROOT,
                "%" + indexWidth + "d  %s" + sizeFormat + "  %s  %s",
                entry.index(),
                permissions,
                size,
                ListingDates.of(entry, zone),
                entry.name());
    }
}
