package dev.iosemu.cli.commands.connect;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.commands.system.HostLookup;
import dev.iosemu.device.Router;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabService;
import dev.iosemu.lab.TcpAnswer;
import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshClientChannel;
import dev.iosemu.net.ssh.SshLoginException;
import dev.iosemu.net.telnet.TelnetClientLink;
import dev.iosemu.net.terminal.WindowSize;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * One device's connections to others: the address looked up, the lab network asked whether a connection
 * gets there, then a real connection to the socket that stands for the far device's vty, relayed on the
 * typing session until it closes. Failures print IOS's lines; {@code Trying} comes first for telnet, as
 * IOS prints it before it knows.
 */
final class Outbound {
    static final String REFUSED = "% Connection refused by remote host";
    static final String TIMED_OUT = "% Connection timed out; remote host not responding";
    static final String UNREACHABLE = "% Destination unreachable; gateway or host down";
    static final String UNKNOWN_HOST = "% Unknown command or computer name, or unable to find computer address";
    static final String AUTHENTICATION_FAILED = "% Authentication failed.";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final String TERMINAL_TYPE = "vt100";

    private final Router router;

    Outbound(Router router) {
        this.router = router;
    }

    void telnet(CommandContext ctx, String host, OptionalInt port) throws CommandException {
        Ipv4Address address = resolve(ctx, host);
        String target =
                address + port.stream().mapToObj(p -> ", " + p).findFirst().orElse("");
        ctx.out()
                .print(
                        host.equals(address.toString())
                                ? "Trying " + target + " ... "
                                : "Trying " + host + " (" + target + ")... ");
        InetSocketAddress socket = reach(address, ConnectCommands.serviceAt(port, LabService.TELNET), port, "\n");
        TelnetClientLink link;
        try {
            link = TelnetClientLink.connect(socket, CONNECT_TIMEOUT, TERMINAL_TYPE, window(ctx));
        } catch (IOException e) {
            throw new CommandException("\n" + failure(e));
        }
        ctx.out().println("Open");
        relay(ctx, host, address, new RemoteLink(link.input(), link.output(), "\r\n", link));
    }

    void ssh(CommandContext ctx, String user, String host, OptionalInt port) throws CommandException {
        Ipv4Address address = resolve(ctx, host);
        InetSocketAddress socket = reach(address, ConnectCommands.serviceAt(port, LabService.SSH), port, "");
        ctx.out().println();
        String password = ctx.askSecret("Password: ");
        if (password == null) {
            return;
        }
        SshClient client;
        SshClientChannel shell;
        try {
            client = SshClient.connect(socket, user, password, CONNECT_TIMEOUT);
        } catch (SshLoginException e) {
            throw new CommandException(AUTHENTICATION_FAILED);
        } catch (IOException e) {
            throw new CommandException(failure(e));
        }
        try {
            shell = client.openShell(TERMINAL_TYPE, window(ctx), CONNECT_TIMEOUT);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw new CommandException(failure(e instanceof IOException io ? io : new IOException(e)));
        }
        ctx.out().println();
        relay(ctx, host, address, new RemoteLink(shell.stdout(), shell.stdin(), "\r", () -> {
            shell.close();
            client.close();
        }));
    }

    /** The address typed, or the {@code ip host} entry, or (with lookup on) what the name servers answer. */
    private Ipv4Address resolve(CommandContext ctx, String host) throws CommandException {
        return HostLookup.resolve(router, host, ctx.out()::print).orElseThrow(() -> new CommandException(UNKNOWN_HOST));
    }

    /** The socket the lab network leads to, or the failure (after {@code lead}, what ends the Trying line). */
    private InetSocketAddress reach(Ipv4Address address, LabService service, OptionalInt port, String lead)
            throws CommandException {
        return switch (router.reachability().connect(address, service, port)) {
            case TcpAnswer.Open open -> open.socket();
            case TcpAnswer.Refused refused -> throw new CommandException(lead + REFUSED);
            case TcpAnswer.TimedOut timedOut -> throw new CommandException(lead + TIMED_OUT);
            case TcpAnswer.Unreachable unreachable -> throw new CommandException(lead + UNREACHABLE);
        };
    }

    private static String failure(IOException e) {
        return e instanceof ConnectException ? REFUSED : TIMED_OUT;
    }

    /** The far end's window: this session's width, and its length as rows (0: no pager there either). */
    private static WindowSize window(CommandContext ctx) {
        return WindowSize.reported(ctx.session().terminalWidth(), ctx.session().terminalLength());
    }

    /** Runs the new connection on this session as the session's current connection, until suspended or closed. */
    private void relay(CommandContext ctx, String host, Ipv4Address address, RemoteLink link) {
        Connections connections = Connections.of(ctx.session());
        RemoteRelay relay = new RemoteRelay(ctx.session().io(), link);
        Connection connection =
                connections.add(host, address, relay, router.clock().instant());
        SessionCommands.talk(ctx, router, connections, connection);
    }
}
