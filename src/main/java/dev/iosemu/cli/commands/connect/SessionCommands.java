package dev.iosemu.cli.commands.connect;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.device.Router;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commands of a line's suspended connections: {@code show sessions} (and {@code where}), {@code resume [N]}
 * and {@code disconnect [N]}; with a connection open, a bare Enter resumes the current one and a number typed
 * alone resumes that connection, as IOS does. {@link #talk} runs a connection on the session until it is
 * suspended again or closed.
 */
final class SessionCommands {
    private static final Arg<Integer> NUMBER =
            Arg.number("connection", 1, 16, "The number of an active network connection");
    private static final Pattern LONE_NUMBER = Pattern.compile("\\s*\\d{1,5}\\s*");

    private SessionCommands() {}

    static void register(CommandRegistry registry, Router router) {
        CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
        exec.keyword("show", "Show running system information")
                .keyword("sessions", "Information about Telnet connections")
                .privilege(1)
                .executes(ctx -> sessions(ctx, router));
        exec.keyword("where", "List active connections").privilege(1).executes(ctx -> sessions(ctx, router));
        CommandNode resume = exec.keyword("resume", "Resume an active network connection")
                .privilege(1)
                .executes(ctx -> resume(ctx, router));
        resume.argument(NUMBER).executes(ctx -> resume(ctx, router));
        CommandNode disconnect = exec.keyword("disconnect", "Disconnect an existing network connection")
                .privilege(1)
                .executes(SessionCommands::disconnect);
        disconnect.argument(NUMBER).executes(SessionCommands::disconnect);
        registry.rewriteLines(SessionCommands::resumeLine);
    }

    /** With a connection open, an empty line stands for {@code resume} and a number alone for {@code resume N}. */
    private static Optional<String> resumeLine(CliSession session, String line) {
        if (!session.mode().isExec() || !Connections.any(session)) {
            return Optional.empty();
        }
        if (line.isBlank()) {
            return Optional.of("resume");
        }
        return LONE_NUMBER.matcher(line).matches() ? Optional.of("resume " + line.strip()) : Optional.empty();
    }

    private static void sessions(CommandContext ctx, Router router) {
        Connections connections = Connections.of(ctx.session());
        if (connections.isEmpty()) {
            ctx.out().println("% No connections open");
            return;
        }
        connections.table(router.clock().instant()).forEach(ctx.out()::println);
    }

    private static void resume(CommandContext ctx, Router router) throws CommandException {
        Connections connections = Connections.of(ctx.session());
        Connection connection = chosen(ctx, connections)
                .orElseThrow(() -> new CommandException(
                        ctx.optional(NUMBER).isPresent() ? notOpen(ctx.get(NUMBER)) : "% No open connections"));
        ctx.out().println("[Resuming connection " + connection.number() + " to " + connection.host() + " ... ]");
        talk(ctx, router, connections, connection);
    }

    private static void disconnect(CommandContext ctx) throws CommandException {
        Connections connections = Connections.of(ctx.session());
        Optional<Connection> chosen = chosen(ctx, connections);
        if (chosen.isEmpty()) {
            throw new CommandException(
                    ctx.optional(NUMBER).isPresent() ? notOpen(ctx.get(NUMBER)) : "% No current connection");
        }
        if (ctx.confirm("Closing connection to " + chosen.get().host() + " [confirm]")) {
            connections.remove(chosen.get());
            chosen.get().relay().close();
        }
    }

    private static Optional<Connection> chosen(CommandContext ctx, Connections connections) {
        return ctx.optional(NUMBER).map(connections::find).orElseGet(connections::current);
    }

    private static String notOpen(int number) {
        return "% " + number + " is not an open connection";
    }

    /**
     * Runs {@code connection} on the session until the escape sequence suspends it (it stays listed, the current
     * one) or it closes (it is forgotten; IOS's line when the far end closed it).
     */
    static void talk(CommandContext ctx, Router router, Connections connections, Connection connection) {
        ctx.out().unpaged();
        RemoteRelay.End end = connection.relay().run(ctx::cancelled);
        if (end == RemoteRelay.End.SUSPENDED) {
            connections.used(connection, router.clock().instant());
            return;
        }
        connections.remove(connection);
        if (end == RemoteRelay.End.CLOSED_THERE) {
            ctx.out().println();
            ctx.out().println("[Connection to " + connection.host() + " closed by foreign host]");
        }
    }
}
