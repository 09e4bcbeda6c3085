package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.EndOfInputException;
import dev.iosemu.cli.SessionKey;
import dev.iosemu.device.Line;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.Banner;
import dev.iosemu.device.config.LineAccess;
import dev.iosemu.device.config.LineConfig.LineKind;
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

    /** The local TCP port a vty session's client reached (22, 23 on IOS), for the login log messages. */
    public static final SessionKey<Integer> LOCAL_PORT = SessionKey.of("vty local port");

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
            int lineLevel = lineLevel(config, line);
            granted = switch (LineAccess.of(config, line.kind(), line.number())) {
                case LineAccess.Open open -> OptionalInt.of(lineLevel);
                case LineAccess.Refused refused -> refused(session);
                case LineAccess.LinePassword password -> linePassword(session, password, lineLevel);
                case LineAccess.LocalUsers users -> localUser(session, users, router, lineLevel);
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

    /**
     * Opens a session whose user the transport has already checked (an SSH login against the {@code username}
     * table): the message of the day and the exec banner, and the user's privilege level.
     */
    public static void openAuthenticated(CliSession session, Router router, String user) {
        RunningConfig config = router.runningConfig();
        int level = config.security().users().stream()
                .filter(account -> account.name().equals(user))
                .findFirst()
                .flatMap(account -> account.privilege().isPresent()
                        ? Optional.of(account.privilege().getAsInt())
                        : Optional.empty())
                .orElse(lineLevel(config, session.line()));
        session.io().write(Banner.shown(config.lines().banners(), Banner.MOTD));
        session.loggedIn(user);
        session.setPrivilege(level);
        session.io().write(Banner.shown(config.lines().banners(), Banner.EXEC));
    }

    /** The level a line's sessions start at: its {@code privilege level}, else 1. */
    private static int lineLevel(RunningConfig config, Line line) {
        return config.lines().blocks().stream()
                .filter(block -> block.covers(line.kind(), line.number()))
                .findFirst()
                .flatMap(block -> block.privilegeLevel().isPresent()
                        ? Optional.of(block.privilegeLevel().getAsInt())
                        : Optional.empty())
                .orElse(1);
    }

    private static OptionalInt linePassword(CliSession session, LineAccess.LinePassword line, int level) {
        session.io().write(verification(session));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (line.accepts(session.askSecret("Password: "))) {
                return OptionalInt.of(level);
            }
        }
        session.io().write("% Bad passwords\n\n");
        return OptionalInt.empty();
    }

    /**
     * A local user starts at their privilege level (else the line's); on a vty each login is logged, as IOS's
     * login enhancements do.
     */
    private static OptionalInt localUser(
            CliSession session, LineAccess.LocalUsers users, Router router, int lineLevel) {
        session.io().write(verification(session));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String name = session.ask("Username: ");
            Optional<UserAccount> user = users.authenticate(name, session.askSecret("Password: "));
            if (user.isPresent()) {
                session.loggedIn(name);
                logVty(session, router, name, true);
                return OptionalInt.of(user.get().privilege().orElse(lineLevel));
            }
            logVty(session, router, name, false);
            session.io().write("\n% Login invalid\n\n");
        }
        return OptionalInt.empty();
    }

    /**
     * The heading of a login: after RETURN on the console (whose echo ended a line), after the option
     * greeting on a vty, where IOS starts with a line break of its own.
     */
    private static String verification(CliSession session) {
        return session.line().kind() == LineKind.VTY ? "\n" + VERIFICATION : VERIFICATION;
    }

    private static void logVty(CliSession session, Router router, String user, boolean success) {
        Line line = session.line();
        if (line.kind() != LineKind.VTY) {
            return;
        }
        String source = line.peer().orElse("");
        int port = session.get(LOCAL_PORT).orElse(23);
        if (success) {
            LoginLog.success(router, user, source, port);
        } else {
            LoginLog.failed(router, user, source, port);
        }
    }
}
