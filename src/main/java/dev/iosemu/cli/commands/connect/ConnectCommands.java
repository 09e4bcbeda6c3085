package dev.iosemu.cli.commands.connect;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.device.Router;
import dev.iosemu.lab.LabService;
import java.util.OptionalInt;

/**
 * Registers {@code telnet HOST [PORT]} and {@code ssh -l USER [-p PORT] HOST} in user and privileged EXEC:
 * a session to another device's vty, on this console until the far end closes it or the escape sequence
 * suspends it; and the commands of suspended sessions ({@link SessionCommands}).
 */
public final class ConnectCommands {
    private static final Arg<String> HOST = Arg.word("host", "WORD", "IP address or hostname of a remote system");
    private static final Arg<Integer> PORT = Arg.number("port", 1, 65535, "Port number");
    private static final Arg<String> USER = Arg.word("user", "WORD", "Login name");
    private static final Arg<Integer> SSH_PORT = Arg.number("ssh-port", 1, 65535, "Port number");

    private ConnectCommands() {}

    public static void register(CommandRegistry registry, Router router) {
        CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
        Outbound outbound = new Outbound(router);
        CommandNode telnet = exec.keyword("telnet", "Open a telnet connection")
                .privilege(1)
                .argument(HOST)
                .executes(ctx -> telnet(outbound, ctx));
        telnet.argument(PORT).executes(ctx -> telnet(outbound, ctx));
        CommandNode user = exec.keyword("ssh", "Open a secure shell client connection")
                .privilege(1)
                .keyword("-l", "Log in using this user name")
                .argument(USER);
        user.argument(HOST).executes(ctx -> ssh(outbound, ctx));
        user.keyword("-p", "Connect to this port")
                .argument(SSH_PORT)
                .argument(HOST)
                .executes(ctx -> ssh(outbound, ctx));
        SessionCommands.register(registry, router);
    }

    private static void telnet(Outbound outbound, CommandContext ctx) throws CommandException {
        OptionalInt port = ctx.optional(PORT).map(OptionalInt::of).orElse(OptionalInt.empty());
        outbound.telnet(ctx, ctx.get(HOST), port);
    }

    private static void ssh(Outbound outbound, CommandContext ctx) throws CommandException {
        OptionalInt port = ctx.optional(SSH_PORT).map(OptionalInt::of).orElse(OptionalInt.empty());
        outbound.ssh(ctx, ctx.get(USER), ctx.get(HOST), port);
    }

    /** The vty service a typed port stands for: 22 is SSH, anything else telnet's. */
    static LabService serviceAt(OptionalInt port, LabService standard) {
        if (port.isEmpty()) {
            return standard;
        }
        return port.getAsInt() == LabService.SSH.standardPort() ? LabService.SSH : LabService.TELNET;
    }
}
