package dev.iosemu.cli.commands.show;

import dev.iosemu.fs.local.FileEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The date column of file listings: {@code Mar 1 1993 01:25:54 +00:00}, right-aligned in 27 columns. */
final class ListingDates {
    static final int WIDTH = 27;
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("MMM d yyyy HH:mm:ss xxx", Locale.ENGLISH);

    private ListingDates() {}

    /** The right-aligned date of {@code entry}, {@code <no date>} for device-supplied files. */
    static String of(FileEntry entry, ZoneId zone) {
        String text = entry.modified()
                .map(instant -> FORMAT.format(instant.atZone(zone)))
                .orElse("<no date>");
        return " ".repeat(Math.max(0, WIDTH - text.length())) + text;
    }
}
