package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.InputKind;
import dev.iosemu.device.DeviceState;
import dev.iosemu.device.Router;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One terminal line's life as IOS runs it, the same for every kind of line: a session opens on it (banners,
 * the login the line's configuration asks for, the exec banner), runs until {@code exit}, the end of input,
 * or until it is dropped, and is closed. The console line then offers itself again ({@code con0 is now
 * available}, {@code Press RETURN to get started.}) and waits for RETURN; a batch console or a vty line
 * serves one session only.
 */
public final class LineSession {
    private final Router router;
    private final Supplier<CliSession> sessions;
    private final Consumer<CliSession> runner;
    private final boolean waitsForReturn;

    /**
     * A line of {@code router}.
     *
     * @param sessions opens a new session on the line (registered with the device's lines until it closes)
     * @param runner runs a session's command loop over its console (a terminal adds its key handling)
     * @param waitsForReturn whether the line waits for RETURN before each session, as an interactive console
     */
    public LineSession(
            Router router, Supplier<CliSession> sessions, Consumer<CliSession> runner, boolean waitsForReturn) {
        this.router = Objects.requireNonNull(router, "router");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.waitsForReturn = waitsForReturn;
    }

    /** Serves the line, {@code first} being its first session (the console the device booted on), until input ends. */
    public void serve(CliSession first) {
        CliSession session = first;
        while (!waitsForReturn || pressedReturn(session)) {
            boolean loggedIn = LineLogin.open(session, router);
            if (loggedIn) {
                runner.accept(session);
            }
            boolean inputEnded = loggedIn && !session.isClosed();
            session.close();
            // input that ended at the loader a reload went to ends the line: no IOS prompt with nothing booted
            boolean inLoader = !session.wasDisconnected() && router.bootState().state() != DeviceState.IOS;
            if (!waitsForReturn || inputEnded || inLoader) {
                return;
            }
            if (!session.wasDisconnected()) {
                session.io()
                        .write("\n" + router.runningConfig().hostname() + " "
                                + session.line().name()
                                + " is now available\n\n\n\n\n\nPress RETURN to get started.\n\n\n");
            }
            session = sessions.get();
        }
        session.close();
    }

    /** Waits for RETURN; keys pressed while the device boots do not open the line. False at end of input. */
    private boolean pressedReturn(CliSession session) {
        do {
            if (session.io().readLine("", InputKind.ANSWER) == null) {
                return false;
            }
        } while (router.bootState().state() != DeviceState.IOS);
        return true;
    }
}
