package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.device.Router;
import java.util.function.Consumer;

/**
 * A connection to a vty line as IOS serves it, from its opening to its end: a telnet client logs in as the
 * line's configuration asks ({@link LineLogin}); an SSH client has logged in already, against the {@code
 * username} table, and starts at its user's level. An SSH exec request runs its one command as a line's
 * autocommand: no banner, no prompt, no echo, and {@code Line has invalid autocommand} for a command the user
 * may not run.
 */
public final class VtyLine {
    private VtyLine() {}

    /** Serves a telnet connection: login, then the command loop {@code runner} drives, then the close. */
    public static void serveTelnet(CliSession session, Router router, Consumer<CliSession> runner) {
        if (LineLogin.open(session, router)) {
            runner.accept(session);
        }
        session.close();
    }

    /** Serves an SSH shell of {@code user}: banners, the command loop {@code runner} drives, then the close. */
    public static void serveSsh(CliSession session, Router router, String user, Consumer<CliSession> runner) {
        LineLogin.openAuthenticated(session, router, user);
        LoginLog.success(
                router,
                user,
                session.line().peer().orElse(""),
                session.get(LineLogin.LOCAL_PORT).orElse(22));
        runner.accept(session);
        session.close();
    }

    /** Runs {@code command} for {@code user} as an SSH exec request does, then closes the session. */
    public static void exec(CliSession session, Router router, String user, String command) {
        session.loggedIn(user);
        session.setPrivilege(router.runningConfig().security().users().stream()
                .filter(account -> account.name().equals(user))
                .findFirst()
                .map(account -> account.privilege().orElse(1))
                .orElse(1));
        session.setLineLength(0);
        if (session.shell().accepts(session, command)) {
            session.execute(command);
        } else {
            session.io().write("Line has invalid autocommand \"" + command + "\"\n");
        }
        session.close();
    }
}
