package dev.iosemu.device.rommon;

import dev.iosemu.device.BootMedia;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.MediaEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The IOS-XE ROMMON's {@code dir}: the Linux file system, inode, size, mode and name. */
final class XeListing {
    private XeListing() {}

    static void dir(BootMedia media, CommandLine line, ConsoleSink console) {
        String device = line.arguments().isEmpty() ? "bootflash:" : line.argument(0);
        Optional<List<MediaEntry>> entries = media.list(device);
        if (entries.isEmpty()) {
            console.line("dir: cannot open device \"" + device + "\"");
            return;
        }
        console.line("File System: EXT2/EXT3");
        console.line("");
        for (MediaEntry entry : entries.get()) {
            String mode = entry.directory() ? "drwxr-xr-x" : "-rw-r--r--";
            long size = entry.directory() ? 4096 : entry.size();
            console.line(String.format(Locale.ROOT, "%9d %10d %s %s", entry.index() + 10, size, mode, entry.name()));
        }
    }
}
