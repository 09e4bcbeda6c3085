package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.device.BootOutcome;
import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.Router;
import java.util.Optional;

/**
 * Reloads a device for the session that asked, for whatever reason ({@code reload}, an install operation, the
 * install auto-abort timer). Asked on the console, the boot runs on this session and the session opens afresh
 * when IOS is back: banners, login, user EXEC; a failed login, or input that ends in the boot loader, ends the
 * session. Asked on a vty, the session is dropped with every other vty and the device boots on its console
 * line, which the boot loader owns.
 */
public final class SessionReload {
    private SessionReload() {}

    /**
     * Reloads {@code router} for {@code session}.
     *
     * @return false, with nothing done, while another boot of the device is under way
     */
    public static boolean run(CliSession session, Router router, BootConsoles consoles, ReloadReason reason) {
        Optional<BootOutcome> outcome = router.reload(session.line(), consoles.forSession(session), reason);
        if (outcome.isEmpty()) {
            return false;
        }
        if (session.line().isConsole()) {
            reopen(session, router, outcome.get());
        }
        return true;
    }

    private static void reopen(CliSession console, Router router, BootOutcome outcome) {
        switch (outcome) {
            case IOS_RUNNING -> {
                console.reset(); // a fresh session: the old one's settings and memories are gone
                if (!LineLogin.open(console, router)) {
                    console.close();
                }
            }
            case IN_LOADER -> console.close();
        }
    }
}
