package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.EndOfInputException;
import dev.iosemu.cli.Mode;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.Banner;
import dev.iosemu.device.config.ConsoleAccess;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.device.config.UserAccount;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a console session as IOS does once RETURN is pressed (or IOS is back after a reload): the message of
 * the day and the login banner, then the login {@code line con 0} asks for, then the exec banner. Three wrong
 * answers close the line. A local user of privilege 15 starts in privileged EXEC.
 */
public final class ConsoleLogin {
    private static final int ATTEMPTS = 3;
    private static final String VERIFICATION = "\nUser Access Verification\n\n";
    private static final String USER = "console-login.user"; // session attribute: the local user logged in

    private ConsoleLogin() {}

    /**
     * Runs the opening on {@code session}, leaving it in the mode the login grants.
     *
     * @return false when the login failed or input ended, and the session must not start
     */
    public static boolean open(CliSession session, Router router) {
        RunningConfig config = router.runningConfig();
        session.setAttribute(USER, null);
        session.io().write(Banner.shown(config.banners(), Banner.MOTD, Banner.LOGIN));
        Optional<Mode> granted;
        try {
            granted = switch (config.consoleAccess()) {
                case ConsoleAccess.Open open -> Optional.of(Mode.USER_EXEC);
                case ConsoleAccess.LinePassword line -> linePassword(session, line);
                case ConsoleAccess.LocalUsers users -> localUser(session, users);
            };
        } catch (EndOfInputException e) {
            return false;
        }
        granted.ifPresent(mode -> {
            session.enterMode(mode);
            session.io().write(Banner.shown(config.banners(), Banner.EXEC));
        });
        return granted.isPresent();
    }

    private static Optional<Mode> linePassword(CliSession session, ConsoleAccess.LinePassword line) {
        session.io().write(VERIFICATION);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (line.accepts(session.askSecret("Password: "))) {
                return Optional.of(Mode.USER_EXEC);
            }
        }
        session.io().write("% Bad passwords\n\n");
        return Optional.empty();
    }

    private static Optional<Mode> localUser(CliSession session, ConsoleAccess.LocalUsers users) {
        session.io().write(VERIFICATION);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String name = session.ask("Username: ");
            Optional<UserAccount> user = users.authenticate(name, session.askSecret("Password: "));
            if (user.isPresent()) {
                session.setAttribute(USER, name);
                boolean privileged = user.get().privilege().orElse(1) == 15;
                return Optional.of(privileged ? Mode.PRIVILEGED_EXEC : Mode.USER_EXEC);
            }
            session.io().write("\n% Login invalid\n\n");
        }
        return Optional.empty();
    }

    /** {@code show users}: the console line, with the local user logged in on it, if any. */
    static List<String> showUsers(CliSession session) {
        String user = session.attribute(USER, String.class).orElse("");
        return List.of(
                "    Line       User       Host(s)              Idle       Location",
                String.format(Locale.ROOT, "%-15s%-11s%-21s%s", "*  0 con 0", user, "idle", "00:00:00"),
                "",
                "  Interface    User               Mode         Idle     Peer Address",
                "");
    }
}
