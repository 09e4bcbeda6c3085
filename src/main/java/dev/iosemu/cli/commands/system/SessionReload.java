package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.device.BootOutcome;
import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.Router;
import java.util.Optional;

/**
 * Reloads a device on the console of the session that asked, for whatever reason ({@code reload}, an install
 * operation, the install auto-abort timer), and opens the session afresh when IOS is back: banners, login, user
 * EXEC; a failed login, or input that ends in the boot loader, ends the session.
 */
public final class SessionReload {
    private SessionReload() {}

    /**
     * Reloads {@code router} on {@code session}'s console.
     *
     * @return false, with nothing done, while another boot of the device is under way
     */
    public static boolean run(CliSession session, Router router, BootConsoles consoles, ReloadReason reason) {
        Optional<BootOutcome> outcome = router.reload(consoles.forSession(session), reason);
        if (outcome.isEmpty()) {
            return false;
        }
        switch (outcome.get()) {
            case IOS_RUNNING -> {
                session.reset(); // a fresh session: the old one's settings and memories are gone
                if (!ConsoleLogin.open(session, router)) {
                    session.close();
                }
            }
            case IN_LOADER -> session.close();
        }
        return true;
    }
}
