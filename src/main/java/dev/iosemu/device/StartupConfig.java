package dev.iosemu.device;

import dev.iosemu.device.boot.BootSelector;
import java.util.List;
import java.util.Optional;

/** Facts read from saved configuration text (nvram:startup-config), in one place. */
public final class StartupConfig {
    private static final String BOOT_SYSTEM = "boot system ";
    private static final String VERSION = "version ";

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

    /** The software version that wrote {@code text}, from its {@code version 15.4} line, if it has one. */
    public static Optional<String> version(String text) {
        return text.lines()
                .filter(line -> line.startsWith(VERSION))
                .map(line -> line.substring(VERSION.length()).strip())
                .findFirst();
    }
}
