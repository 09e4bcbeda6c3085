package dev.iosemu.net.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.terminal.RemoteTerminal;
import dev.iosemu.net.terminal.TerminalSignal;
import dev.iosemu.net.terminal.WindowSize;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The telnet server over real sockets on 127.0.0.1, driven by a raw byte client. */
@Timeout(20)
class TelnetServerIT {
    private static final HexFormat HEX = HexFormat.of();

    private final BlockingQueue<Object> seen = new LinkedBlockingQueue<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    private TelnetServer start(Duration negotiationTimeout, TelnetHandler handler) throws IOException {
        TelnetServer server = TelnetServer.start(
                new TelnetServerConfig(InetAddress.getLoopbackAddress(), 0, negotiationTimeout), handler);
        toClose.add(server);
        return server;
    }

    private TelnetServer start(TelnetHandler handler) throws IOException {
        return start(Duration.ofHours(1), handler);
    }

    private <T extends AutoCloseable> T closing(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    private Object next() throws InterruptedException {
        Object item = seen.poll(10, TimeUnit.SECONDS);
        assertThat(item).as("an event within 10 s").isNotNull();
        return item;
    }

    /** Says what the client negotiated, then echoes keystrokes in hex, one read per line, until end of input. */
    private TelnetHandler echoing() {
        return terminal -> {
            terminal.events().onWindowChange(seen::add);
            terminal.events().onSignal(seen::add);
            write(
                    terminal,
                    "type=" + terminal.terminalType().orElse("none") + " size=" + terminal.windowSize() + "\r\n");
            byte[] buffer = new byte[256];
            for (int n; (n = terminal.input().read(buffer)) >= 0; ) {
                seen.add(HEX.formatHex(buffer, 0, n));
            }
            seen.add("eof");
        };
    }

    /** An echoing server and an agreeing VT100 client past the handler's first line. */
    private RawTelnetClient echoingAndGreeted() throws IOException {
        TelnetServer server = start(echoing());
        RawTelnetClient client = closing(RawTelnetClient.agreeing(server.address(), "VT100", 80, 24));
        client.readUntil("\r\n");
        return client;
    }

    private static void write(RemoteTerminal terminal, String text) throws IOException {
        terminal.output().write(text.getBytes(StandardCharsets.ISO_8859_1));
        terminal.output().flush();
    }

    @Test
    void handlerStartsOnceTheClientHasAnsweredAndKnowsItsTerminal() throws Exception {
        TelnetServer server = start(echoing());
        RawTelnetClient client = closing(RawTelnetClient.agreeing(server.address(), "XTERM", 132, 50));

        assertThat(client.readUntil("\r\n")).isEqualTo("type=xterm size=WindowSize[columns=132, rows=50]\r\n");
    }

    @Test
    void aNewWindowSizeReachesTheListeners() throws Exception {
        RawTelnetClient client = echoingAndGreeted();

        client.send(RawTelnetClient.windowSize(200, 60));

        assertThat(next()).isEqualTo(new WindowSize(200, 60));
    }

    @Test
    void everyNewlineFormIsOneEnter() throws Exception {
        RawTelnetClient client = echoingAndGreeted();

        client.sendText("a\r\nb\r\0c\rd\n\0");

        StringBuilder keys = new StringBuilder();
        while (keys.length() < "610d620d630d640a".length()) {
            keys.append(next());
        }
        assertThat(keys.toString()).isEqualTo("610d620d630d640a");
    }

    @Test
    void interruptAndBreakAreSignalsWhileCtrlCStaysAKeystroke() throws Exception {
        RawTelnetClient client = echoingAndGreeted();

        client.send("03");
        assertThat(next()).isEqualTo("03");
        client.send("fff4");
        assertThat(next()).isEqualTo(TerminalSignal.INTERRUPT);
        client.send("fff3");
        assertThat(next()).isEqualTo(TerminalSignal.BREAK);
    }

    @Test
    void areYouThereIsAnswered() throws Exception {
        RawTelnetClient client = echoingAndGreeted();

        client.send("fff6");

        assertThat(client.readUntil("]\r\n")).isEqualTo("\r\n[Yes]\r\n");
    }

    @Test
    void aClientRefusingEveryOptionIsServedAtOnce() throws Exception {
        TelnetServer server = start(echoing()); // a one-hour negotiation timeout: only the answers can end it
        RawTelnetClient client = closing(new RawTelnetClient(server.address()));
        client.expect(RawTelnetClient.GREETING);

        client.send(RawTelnetClient.REFUSE);

        assertThat(client.readUntil("\r\n")).isEqualTo("type=none size=WindowSize[columns=80, rows=24]\r\n");
    }

    @Test
    void aSilentClientIsServedOnceTheNegotiationTimeoutPasses() throws Exception {
        TelnetServer server = start(Duration.ofMillis(50), echoing());
        RawTelnetClient client = closing(new RawTelnetClient(server.address()));
        client.expect(RawTelnetClient.GREETING);

        assertThat(client.readUntil("\r\n")).endsWith("type=none size=WindowSize[columns=80, rows=24]\r\n");
    }

    @Test
    void otherOptionsAreRefused() throws Exception {
        RawTelnetClient client = echoingAndGreeted();

        client.send("fffd00" + "fffb22"); // DO BINARY, WILL LINEMODE

        client.expect("fffc00" + "fffe22"); // WONT BINARY, DONT LINEMODE
    }

    @Test
    void theScreenIsEncodedForTheWire() throws Exception {
        TelnetServer server = start(terminal -> {
            terminal.output().write(HEX.parseHex("780d79ff0d0a"));
            terminal.output().flush();
            terminal.input().read();
        });
        RawTelnetClient client = closing(new RawTelnetClient(server.address()));
        client.expect(RawTelnetClient.GREETING);
        client.send(RawTelnetClient.REFUSE);

        client.expect("780d0079ffff0d0a");
    }

    @Test
    void theConnectionClosesWhenTheHandlerReturns() throws Exception {
        TelnetServer server = start(terminal -> write(terminal, "bye"));
        RawTelnetClient client = closing(new RawTelnetClient(server.address()));
        client.expect(RawTelnetClient.GREETING);
        client.send(RawTelnetClient.REFUSE);

        assertThat(client.readToEnd()).isEqualTo(HEX.formatHex("bye".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aClientLeavingEndsTheInputAndClosesTheTerminal() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        TelnetServer server = start(terminal -> {
            terminal.events().onClose(closed::countDown);
            echoing().serve(terminal);
        });
        RawTelnetClient client = new RawTelnetClient(server.address());
        client.expect(RawTelnetClient.GREETING);
        client.send(RawTelnetClient.REFUSE);
        client.readUntil("\r\n");

        client.close();

        assertThat(next()).isEqualTo("eof");
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closingTheServerEndsEveryConnection() throws Exception {
        TelnetServer server = start(echoing());
        RawTelnetClient first = closing(RawTelnetClient.agreeing(server.address(), "VT100", 80, 24));
        RawTelnetClient second = closing(RawTelnetClient.agreeing(server.address(), "VT100", 80, 24));
        first.readUntil("\r\n");
        second.readUntil("\r\n");

        server.close();

        assertThat(first.readToEnd()).isEmpty();
        assertThat(second.readToEnd()).isEmpty();
        assertThat(List.of(next(), next())).containsExactly("eof", "eof");
    }

    @Test
    void idleConnectionsHoldNoPlatformThreads() throws Exception {
        TelnetServer server = start(echoing());
        RawTelnetClient warm = closing(RawTelnetClient.agreeing(server.address(), "VT100", 80, 24));
        warm.readUntil("\r\n");
        long before = PlatformThreads.count();

        for (int i = 0; i < 40; i++) {
            closing(RawTelnetClient.agreeing(server.address(), "VT100", 80, 24)).readUntil("\r\n");
        }

        // a thread per connection would add 40 or 80; the virtual-thread scheduler may add a carrier or two
        assertThat(PlatformThreads.count() - before).isLessThan(5);
    }
}
