package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.IosLocation;

/** Recognises the two configuration files copies treat specially. */
final class ConfigFiles {
    private ConfigFiles() {}

    /** {@code system:running-config}, the live configuration. */
    static boolean isRunning(IosLocation location) {
        return location instanceof IosLocation.LocalPath local
                && local.prefix().equals("system:")
                && local.path().equals("/running-config");
    }

    /** {@code nvram:startup-config}. */
    static boolean isStartup(IosLocation location) {
        return location instanceof IosLocation.LocalPath local
                && local.prefix().equals("nvram:")
                && local.path().equals("/startup-config");
    }

    /** Whether a copy from {@code location} sends configuration text. */
    static boolean isConfig(IosLocation location) {
        return isRunning(location) || isStartup(location);
    }
}
