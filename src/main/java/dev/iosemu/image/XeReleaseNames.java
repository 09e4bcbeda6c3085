package dev.iosemu.image;

import java.util.List;
import java.util.Optional;

/** Maps an IOS-XE major.minor train to its release name (Everest, Fuji, ...), printed by show version. */
final class XeReleaseNames {
    /** Each name covers three consecutive minor releases, starting at 16.1. */
    private static final List<String> NAMES =
            List.of("Denali", "Everest", "Fuji", "Gibraltar", "Amsterdam", "Bengaluru", "Cupertino", "Dublin");

    private XeReleaseNames() {}

    static Optional<String> of(int major, int minor) {
        if (major < 16 || minor < 1 || minor > 12) {
            return Optional.empty();
        }
        int index = (major - 16) * 4 + (minor - 1) / 3;
        return index < NAMES.size() ? Optional.of(NAMES.get(index)) : Optional.empty();
    }
}
