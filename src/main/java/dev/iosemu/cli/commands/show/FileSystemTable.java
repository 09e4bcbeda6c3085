package dev.iosemu.cli.commands.show;

import dev.iosemu.device.FileSystemRow;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.profile.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code show file systems}: the profile's rows in its order, with the device's own file systems (real size and free
 * bytes, {@code *} for the default, {@code #} after the prefixes of a bootable one). Catalyst uses
 * narrower columns and no blank line under the title.
 */
final class FileSystemTable {
    private FileSystemTable() {}

    static List<String> render(Role role, List<FileSystemRow> rows, DeviceFileSystems fileSystems) {
        boolean catalyst = role == Role.SWITCH;
        List<String> lines = new ArrayList<>();
        lines.add("File Systems:");
        if (catalyst) {
            lines.add("     Size(b)     Free(b)       Type    Flags   Prefixes");
        } else {
            lines.add("");
            lines.add("       Size(b)       Free(b)      Type  Flags  Prefixes");
        }
        Set<LocalFileSystem> shown = new LinkedHashSet<>();
        for (FileSystemRow row : rows) {
            Optional<LocalFileSystem> local = fileSystems.find(row.prefix());
            if (local.isPresent() && local.get().spec().hasSize()) {
                shown.add(local.get());
                lines.add(localRow(catalyst, local.get(), fileSystems.defaultFileSystem()));
            } else {
                lines.add(format(catalyst, ' ', "-", "-", row.type(), row.flags(), row.prefix()));
            }
        }
        for (LocalFileSystem fs : fileSystems.all()) {
            if (fs.spec().hasSize() && !shown.contains(fs)) {
                lines.add(localRow(catalyst, fs, fileSystems.defaultFileSystem()));
            }
        }
        return lines;
    }

    private static String localRow(boolean catalyst, LocalFileSystem fs, LocalFileSystem defaultFs) {
        LocalFileSystemSpec spec = fs.spec();
        List<String> prefixes = new ArrayList<>();
        prefixes.add(spec.prefix());
        prefixes.addAll(spec.aliases());
        String names = String.join(" ", prefixes) + (spec.bootable() ? "#" : "");
        return format(
                catalyst,
                fs == defaultFs ? '*' : ' ',
                Long.toString(fs.totalBytes()),
                Long.toString(fs.freeBytes()),
                spec.type().label(),
                spec.access().label(),
                names);
    }

    static String format(
            boolean catalyst, char marker, String size, String free, String type, String flags, String prefixes) {
        String pattern = catalyst ? "%c%11s%12s%11s%7s     %s" : "%c%13s%14s%10s%7s   %s";
        return String.format(Locale.ROOT, pattern, marker, size, free, type, flags, prefixes);
    }
}
