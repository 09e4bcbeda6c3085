package dev.iosemu.device.config;

import java.util.Locale;

/** How much {@code copy}/{@code delete} ask before acting ({@code file prompt alert|noisy|quiet}). */
public enum FilePrompt {
    /** The default: confirm destructive operations. */
    ALERT,
    /** Confirm every file operation. */
    NOISY,
    /** Confirm nothing. */
    QUIET;

    /** The keyword used in the command and the running config. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
