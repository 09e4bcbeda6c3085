package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.EscapeSequence;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What becomes of a suspended connection's far end, a plain telnet server of the test's on this machine's
 * loopback (which a device alone reaches at the port typed): {@code disconnect} and the end of the local session
 * close it, and what it prints while suspended waits, counted in {@code show sessions}, until {@code resume}.
 */
class SuspendedSessionsEndTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private VirtualDevice device;
    private HeadlessSession console;
    private ServerSocket server;
    private Socket far;

    @BeforeEach
    void start() throws Exception {
        device = VirtualDevice.builder().labServers(false).build();
        device.powerOn();
        console = device.openSession();
        LabReady.enable(console);
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout((int) PATIENCE.toMillis());
    }

    @AfterEach
    void close() throws Exception {
        if (far != null) {
            far.close();
        }
        server.close();
        device.close();
    }

    /** Opens a session to the far end, which prints a prompt, and suspends it at that prompt. */
    private void suspended() throws IOException {
        Thread.ofVirtual().start(() -> {
            try {
                Socket accepted = server.accept();
                accepted.setSoTimeout((int) PATIENCE.toMillis());
                accepted.getOutputStream().write("\r\nFar>".getBytes(StandardCharsets.US_ASCII));
                synchronized (this) {
                    far = accepted;
                    notifyAll();
                }
            } catch (IOException e) {
                // the telnet below fails and says so
            }
        });
        assertThat(console.exec("telnet 127.0.0.1 " + server.getLocalPort(), EscapeSequence.SUSPEND))
                .isEqualTo("Trying 127.0.0.1, " + server.getLocalPort() + " ... Open\n\nFar>\n");
    }

    private synchronized Socket far() throws InterruptedException {
        while (far == null) {
            wait();
        }
        return far;
    }

    /** Blocks until the far end's connection ends; false if it does not within the patience. */
    private boolean farEndClosed() throws Exception {
        InputStream in = far().getInputStream();
        try {
            while (in.read() >= 0) {
                // the client's option negotiation, then nothing until the end
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        }
    }

    @Test
    void disconnectClosesTheConnectionAtTheFarEnd() throws Exception {
        suspended();

        console.exec("disconnect", "");

        assertThat(farEndClosed()).isTrue();
    }

    @Test
    void theEndOfTheLocalSessionClosesItsConnections() throws Exception {
        suspended();

        console.session().close();

        assertThat(farEndClosed()).isTrue();
    }

    @Test
    void whatTheFarEndPrintsWhileSuspendedWaitsAndShowsAtResume() throws Exception {
        suspended();
        far().getOutputStream().write("%LINK down\r\nFar>".getBytes(StandardCharsets.US_ASCII));

        Instant deadline = Instant.now().plus(PATIENCE);
        String sessions = console.exec("show sessions");
        while (!sessions.contains("  16     0 127.0.0.1") && Instant.now().isBefore(deadline)) {
            sessions = console.exec("show sessions"); // the bytes reach the relay on its own thread
        }
        assertThat(sessions).endsWith("*  1 127.0.0.1           127.0.0.1             16     0 127.0.0.1\n");
        assertThat(console.exec("resume", EscapeSequence.SUSPEND))
                .isEqualTo("[Resuming connection 1 to 127.0.0.1 ... ]\n%LINK down\nFar>\n");
    }
}
