package dev.iosemu.device;

import dev.iosemu.device.rommon.RommonTftp;
import java.util.Objects;

/**
 * What a boot needs from the outside: where to print, where the loader reads commands, how fast to go,
 * who replays the startup-config, and how ROMMON fetches files by TFTP.
 *
 * @param out console output
 * @param in console input for the boot loader and the initial-dialog question
 * @param pacing pauses between stages
 * @param replayer applies the startup-config
 * @param tftp the {@code tftpdnld} hook
 */
public record BootConsole(ConsoleSink out, LineInput in, BootPacing pacing, ConfigReplayer replayer, RommonTftp tftp) {
    public BootConsole {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(replayer, "replayer");
        Objects.requireNonNull(tftp, "tftp");
    }

    /** A console with no pacing and no TFTP. */
    public static BootConsole of(ConsoleSink out, LineInput in, ConfigReplayer replayer) {
        return new BootConsole(out, in, BootPacing.NONE, replayer, RommonTftp.unavailable());
    }
}
