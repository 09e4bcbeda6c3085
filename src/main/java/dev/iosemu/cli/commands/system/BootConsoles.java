package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.commands.config.SessionConsole;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.rommon.RommonTftp;

/** Makes the console a reload boots on, for the session that typed {@code reload}. */
@FunctionalInterface
public interface BootConsoles {
    BootConsole forSession(CliSession session);

    /** Boot consoles over the session itself, with no pacing, replaying the startup-config with {@code replayer}. */
    static BootConsoles replayingWith(ConfigReplayer replayer) {
        return session -> SessionConsole.boot(session, BootPacing.NONE, replayer, RommonTftp.unavailable());
    }
}
