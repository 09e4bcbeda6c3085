package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.EndOfInputException;
import dev.iosemu.device.Line;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.Banner;
import dev.iosemu.device.config.LineAccess;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.device.config.UserAccount;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Opens a session as IOS does once its line is reached (RETURN on the console, a vty connection, IOS back
 * after a reload): the message of the day and the login banner, then the login the line's configuration asks
 * for ({@code line con 0}, {@code line vty 0 4}), then the exec banner. Three wrong answers close the line. A
 * local user of privilege 15 starts in privileged EXEC.
 */
public final class LineLogin {
    private static final int ATTEMPTS = 3;
    private static final String VERIFICATION = "\nUser Access Verification\n\n";

    private LineLogin() {}

    /**
     * Runs the opening on {@code session}, leaving it at the privilege level the login grants.
     *
     * @return false when the login failed or input ended, and the session must not start
     */
    public static boolean open(CliSession session, Router router) {
        RunningConfig config = router.runningConfig();
        session.loggedOut();
        Line line = session.line();
        session.io().write(Banner.shown(config.lines().banners(), Banner.MOTD, Banner.LOGIN));
        OptionalInt granted;
        try {
            granted = switch (LineAccess.of(config, line.kind(), line.number())) {
                case LineAccess.Open open -> OptionalInt.of(1);
                case LineAccess.Refused refused -> refused(session);
                case LineAccess.LinePassword password -> linePassword(session, password);
                case LineAccess.LocalUsers users -> localUser(session, users);
            };
        } catch (EndOfInputException e) {
            return false;
        }
        granted.ifPresent(level -> {
            session.setPrivilege(level);
            session.io().write(Banner.shown(config.lines().banners(), Banner.EXEC));
        });
        return granted.isPresent();
    }

    private static OptionalInt refused(CliSession session) {
        session.io().write("\nPassword required, but none set\n\n");
        return OptionalInt.empty();
    }

    private static OptionalInt linePassword(CliSession session, LineAccess.LinePassword line) {
        session.io().write(VERIFICATION);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (line.accepts(session.askSecret("Password: "))) {
                return OptionalInt.of(1);
            }
        }
        session.io().write("% Bad passwords\n\n");
        return OptionalInt.empty();
    }

    /** A local user of privilege 15 starts there; any other starts in user EXEC, as the console does today. */
    private static OptionalInt localUser(CliSession session, LineAccess.LocalUsers users) {
        session.io().write(VERIFICATION);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String name = session.ask("Username: ");
            Optional<UserAccount> user = users.authenticate(name, session.askSecret("Password: "));
            if (user.isPresent()) {
                session.loggedIn(name);
                return OptionalInt.of(user.get().privilege().orElse(1) == 15 ? 15 : 1);
            }
            session.io().write("\n% Login invalid\n\n");
        }
        return OptionalInt.empty();
    }
}
