package dev.iosemu.device.rommon;

import dev.iosemu.device.BootMedia;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.MediaEntry;
import java.util.List;

/** The 2960 loader's {@code Initializing Flash...} report, printed at power-on and by {@code flash_init}. */
public final class FlashInitReport {
    private FlashInitReport() {}

    /** Prints the flashfs summary of {@code device} (normally {@code flash:}). */
    public static void print(BootMedia media, String device, ConsoleSink console) {
        List<MediaEntry> entries = media.list(device).orElse(List.of());
        long files = entries.stream().filter(e -> !e.directory()).count();
        long directories = entries.size() - files + 1;
        BootMedia.Space space = media.space(device).orElse(new BootMedia.Space(0, 0));
        console.line("Initializing Flash...");
        console.line("flashfs[0]: " + files + " files, " + directories + " directories");
        console.line("flashfs[0]: 0 orphaned files, 0 orphaned directories");
        console.line("flashfs[0]: Total bytes: " + space.total());
        console.line("flashfs[0]: Bytes used: " + space.used());
        console.line("flashfs[0]: Bytes available: " + space.free());
        console.line("flashfs[0]: flashfs fsck took 1 seconds.");
        console.line("...done Initializing Flash.");
    }
}
