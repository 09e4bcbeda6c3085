package dev.iosemu.app;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.commands.system.LineSession;
import dev.iosemu.console.RemoteConsole;
import dev.iosemu.net.telnet.TelnetServer;
import dev.iosemu.net.telnet.TelnetServerConfig;
import dev.iosemu.net.terminal.RemoteTerminal;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * A lab node's console line on a telnet port of its own on loopback, as GNS3 and EVE-NG give: a client that
 * connects finds the line waiting for RETURN, then a session on {@code con 0} with the line's login, on the
 * same line editor as a vty ({@link RemoteConsole}); after {@code exit} the line offers itself again while the
 * client stays. Thread-safe; the server and each client
 * run on virtual threads, so an idle console holds no platform thread.
 */
final class NodeConsole implements AutoCloseable {
    private final TelnetServer server;

    private NodeConsole(TelnetServer server) {
        this.server = server;
    }

    /** Listens on loopback {@code port} (0: a free one) for {@code device}'s console. */
    static NodeConsole start(VirtualDevice device, int port) throws IOException {
        return new NodeConsole(
                TelnetServer.start(TelnetServerConfig.loopback(port), terminal -> serve(device, terminal)));
    }

    InetSocketAddress address() {
        return server.address();
    }

    private static void serve(VirtualDevice device, RemoteTerminal terminal) throws IOException {
        RemoteConsole console = RemoteConsole.over(terminal);
        serveLine(device, console.io(), console::run);
    }

    /**
     * The console line of {@code device} over {@code console} until its input ends: RETURN opens a session,
     * {@code exit} ends it and the line waits again; {@code runner} runs each session over the console.
     */
    static void serveLine(VirtualDevice device, ConsoleIo console, Consumer<CliSession> runner) {
        console.write("\n" + device.router().runningConfig().hostname() + " con0 is now available\n\n"
                + "Press RETURN to get started.\n\n");
        CliSession first = device.openSession(console);
        new LineSession(device.router(), () -> device.openSession(console), runner, true).serve(first);
    }

    @Override
    public void close() {
        server.close();
    }
}
