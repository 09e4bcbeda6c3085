package dev.iosemu.device;

import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The {@code nvram:} of a switch whose NVRAM is simulated in flash (a 2960): its {@code startup-config} and
 * {@code underlying-config} are {@code flash:config.text}, its {@code private-config} is {@code
 * flash:private-config.text}, and {@code persistent-data} is the switch's own; {@code dir nvram:} lists all four,
 * at 0 bytes when the file behind is absent (after {@code erase startup-config}), as the real switch does.
 */
final class FlashConfigLinks {
    private static final String PERSISTENT_DATA = "/" + LocalFileSystem.HIDDEN_PREFIX + "persistent-data";

    private FlashConfigLinks() {}

    /**
     * Links {@code nvram}'s names to {@code flash}; a startup-config stored in {@code nvram} itself (a state
     * folder kept before the switch kept it in flash) moves to {@code flash:config.text} first.
     */
    static void attach(LocalFileSystem nvram, LocalFileSystem flash) throws IOException {
        String stored = StartupConfigStore.PATH;
        if (Files.isRegularFile(nvram.path(stored))) {
            if (!flash.exists(StartupConfigStore.FLASH_CONFIG)) {
                flash.write(StartupConfigStore.FLASH_CONFIG, Files.readAllBytes(nvram.readablePath(stored)));
            }
            nvram.delete(stored);
        }
        // the indexes a real 2960's dir nvram: shows, clear of the files copied there
        nvram.link(stored, flash, StartupConfigStore.FLASH_CONFIG, "-rw-", 65);
        nvram.link("/private-config", flash, StartupConfigStore.FLASH_PRIVATE, "----", 66);
        nvram.link("/underlying-config", flash, StartupConfigStore.FLASH_CONFIG, "-rw-", 67);
        nvram.link("/persistent-data", nvram, PERSISTENT_DATA, "----", 68);
    }
}
