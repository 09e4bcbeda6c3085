package dev.iosemu.device;

import dev.iosemu.device.boot.BootSelector;
import java.util.List;

/** Facts read from saved configuration text (nvram:startup-config), in one place. */
public final class StartupConfig {
    private static final String BOOT_SYSTEM = "boot system ";

    private StartupConfig() {}

    /**
     * The {@code boot system} entries of {@code text}, in order, as the BOOT variable names them
     * ({@code boot system flash x.bin} is {@code flash:x.bin}).
     */
    public static List<String> bootEntries(String text) {
        return text.lines()
                .filter(line -> line.startsWith(BOOT_SYSTEM))
                .map(line -> BootSelector.normalise(line.substring(BOOT_SYSTEM.length())))
                .toList();
    }
}
