package dev.iosemu.device.rommon;

import dev.iosemu.device.BootMedia;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.MediaEntry;
import java.util.List;

/**
 * The flashfs check a Catalyst 2960 prints of its flash: the loader's {@code Initializing Flash...} (at
 * power-on and by {@code flash_init}, as {@code flashfs[0]}) and IOS's {@code Initializing flashfs...} while it
 * starts (as {@code flashfs[2]}, the number {@code erase flash:} shows too).
 */
public final class FlashInitReport {
    private FlashInitReport() {}

    /** Prints the loader's flashfs summary of {@code device} (normally {@code flash:}). */
    public static void print(BootMedia media, String device, ConsoleSink console) {
        console.line("Initializing Flash...");
        summary(media, device, 0).forEach(console::line);
        console.line("...done Initializing Flash.");
    }

    /** Prints IOS's flashfs check at start-up; its last line runs into {@code ...done Initializing flashfs.} */
    public static void printIos(BootMedia media, String device, ConsoleSink console) {
        console.line("Initializing flashfs...");
        summary(media, device, 2).forEach(console::line);
        console.line("flashfs[2]: Initialization complete....done Initializing flashfs.");
    }

    private static List<String> summary(BootMedia media, String device, int index) {
        List<MediaEntry> entries = media.list(device).orElse(List.of());
        long files = entries.stream().filter(e -> !e.directory()).count();
        long directories = entries.size() - files + 1;
        BootMedia.Space space = media.space(device).orElse(new BootMedia.Space(0, 0));
        String fs = "flashfs[" + index + "]: ";
        return List.of(
                fs + files + " files, " + directories + " directories",
                fs + "0 orphaned files, 0 orphaned directories",
                fs + "Total bytes: " + space.total(),
                fs + "Bytes used: " + space.used(),
                fs + "Bytes available: " + space.free(),
                fs + "flashfs fsck took 1 seconds.");
    }
}
