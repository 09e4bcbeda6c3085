package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.ConfigReplayer;

/** Makes the console a reload boots on, for the session that typed {@code reload}. */
@FunctionalInterface
public interface BootConsoles {
    BootConsole forSession(CliSession session);

    /** Boot consoles over the session itself, with no pacing, replaying the startup-config with {@code replayer}. */
    static BootConsoles replayingWith(ConfigReplayer replayer) {
        return session -> SessionBootConsole.of(session, replayer);
    }
}
