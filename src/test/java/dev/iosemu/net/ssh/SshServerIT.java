package dev.iosemu.net.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.net.terminal.TerminalSignal;
import dev.iosemu.net.terminal.WindowSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.buffer.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SSH server wrapper against MINA's own client (raw and through {@link SshClient}), on 127.0.0.1. */
@Timeout(60)
class SshServerIT {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final SshHostKey HOST_KEY = SshHostKey.generatedOnFirstUse(2048);

    private static SshEngine engine;

    private final EchoHandler handler = new EchoHandler();
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeAll
    static void startEngine() {
        engine = SshEngine.start(2);
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    private SshServer start(SshAuthLimits limits) throws IOException {
        SshServer server = SshServer.start(
                engine,
                SshServerConfig.builder(HOST_KEY, (user, password, peer) -> {
                            passwordChecks.incrementAndGet();
                            return user.equals("cisco")
                                    && password.equals("cisco")
                                    && peer.getAddress().isLoopbackAddress();
                        })
                        .authLimits(limits)
                        .build(),
                handler);
        toClose.add(server);
        return server;
    }

    private SshServer start() throws IOException {
        return start(SshAuthLimits.DEFAULT);
    }

    private SshClient login(SshServer server) throws IOException {
        SshClient client = SshClient.connect(engine, server.address(), "cisco", "cisco", TIMEOUT);
        toClose.add(client);
        return client;
    }

    static String readUntil(InputStream in, String text) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.UTF_8).contains(text)) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("end of stream before " + text + ": " + seen);
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aShellOnAPtyKnowsItsUserTerminalAndSizeAndEchoes() throws Exception {
        SshClient client = login(start());
        SshClientChannel shell = client.openShell("vt100", new WindowSize(100, 30), TIMEOUT);

        assertThat(readUntil(shell.stdout(), "\r\n")).isEqualTo("user=cisco term=vt100 size=100x30\r\n");
        shell.stdin().write("show clock\r".getBytes(StandardCharsets.UTF_8));
        shell.stdin().flush();
        assertThat(readUntil(shell.stdout(), "\r")).isEqualTo("show clock\r");
    }

    @Test
    void windowChangesReachTheHandler() throws Exception {
        SshClient client = login(start());
        SshClientChannel shell = client.openShell("xterm", new WindowSize(80, 24), TIMEOUT);
        readUntil(shell.stdout(), "\r\n");

        shell.resize(new WindowSize(132, 50));

        assertThat(handler.next()).isEqualTo(new WindowSize(132, 50));
    }

    @Test
    void anExecChannelRunsOneCommandAndCarriesItsExitStatus() throws Exception {
        SshClient client = login(start());

        SshExecResult result = client.exec("show version", TIMEOUT);

        assertThat(result.stdoutText()).isEqualTo("exec:show version\n");
        assertThat(new String(result.stderr(), StandardCharsets.UTF_8)).isEqualTo("to stderr\n");
        assertThat(result.exitStatus()).hasValue(3);
        assertThat(client.isOpen()).isTrue(); // exit ends the channel only
    }

    @Test
    void closingTheSessionEndsTheWholeConnection() throws Exception {
        SshServer server = start();
        try (ClientSession session = MinaClients.login(engine, server.address(), "cisco", "cisco")) {
            String output = MinaClients.exec(session, "close");

            assertThat(output).isEqualTo("bye\n");
            assertThat(session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), TIMEOUT))
                    .contains(ClientSession.ClientSessionEvent.CLOSED);
        }
    }

    @Test
    void aHandlerThatFailsEndsItsChannelWithStatusOne() throws Exception {
        SshClient client = login(start());

        assertThat(client.exec("fail", TIMEOUT).exitStatus()).hasValue(1);
    }

    @Test
    void theServerAnnouncesItselfAsIosAndKeepsOneHostKey() throws Exception {
        SshServer server = start();
        SshClient first = login(server);
        SshClient second = login(server);

        assertThat(first.serverVersion()).isEqualTo("SSH-2.0-Cisco-1.25");
        assertThat(first.serverKeyFingerprint())
                .isEqualTo(second.serverKeyFingerprint())
                .isEqualTo(HOST_KEY.fingerprint());
    }

    @Test
    void threeWrongPasswordsDropTheConnection() throws Exception {
        SshServer server = start();
        ClientSession session = MinaClients.connect(engine, server.address(), "cisco");
        for (String wrong : List.of("one", "two", "three", "four", "five")) {
            session.addPasswordIdentity(wrong);
        }

        assertThatThrownBy(() -> session.auth().verify(TIMEOUT)).isInstanceOf(IOException.class);

        assertThat(session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), TIMEOUT))
                .contains(ClientSession.ClientSessionEvent.CLOSED);
        assertThat(passwordChecks).hasValue(3);
    }

    @Test
    void changedRetriesApplyToNewConnections() throws Exception {
        SshServer server = start();
        server.changeAuthLimits(new SshAuthLimits(Duration.ofSeconds(60), 1));
        ClientSession session = MinaClients.connect(engine, server.address(), "cisco");
        session.addPasswordIdentity("wrong");
        session.addPasswordIdentity("cisco");

        assertThatThrownBy(() -> session.auth().verify(TIMEOUT)).isInstanceOf(IOException.class);
        assertThat(passwordChecks).hasValue(1);
        assertThat(server.authLimits().retries()).isEqualTo(1);
    }

    @Test
    void publicKeysAreRefusedWithoutUsingUpATry() throws Exception {
        SshServer server = start(new SshAuthLimits(Duration.ofSeconds(60), 1));
        ClientSession session = MinaClients.connect(engine, server.address(), "cisco");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        List<KeyPair> keys = List.of(generator.generateKeyPair(), generator.generateKeyPair());
        session.setKeyIdentityProvider(KeyIdentityProvider.wrapKeyPairs(keys));
        session.addPasswordIdentity("cisco");

        session.auth().verify(TIMEOUT);

        assertThat(session.isAuthenticated()).isTrue();
        assertThat(passwordChecks).hasValue(1);
        session.close();
    }

    @Test
    void aClientWithOnlyAKeyIsRefusedCleanly() throws Exception {
        SshServer server = start();
        ClientSession session = MinaClients.connect(engine, server.address(), "cisco");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        session.setKeyIdentityProvider(KeyIdentityProvider.wrapKeyPairs(generator.generateKeyPair()));

        assertThatThrownBy(() -> session.auth().verify(TIMEOUT)).isInstanceOf(IOException.class);
        assertThat(session.isOpen()).isTrue(); // refused, not dropped
        assertThat(passwordChecks).hasValue(0);
        session.close();
    }

    @Test
    void aWrongLoginIsAnSshLoginException() throws Exception {
        SshServer server = start();

        assertThatThrownBy(() -> SshClient.connect(engine, server.address(), "cisco", "wrong", TIMEOUT))
                .isInstanceOf(SshLoginException.class);
    }

    @Test
    void aBreakRequestIsAnInterrupt() throws Exception {
        SshServer server = start();
        try (ClientSession session = MinaClients.login(engine, server.address(), "cisco", "cisco")) {
            var shell = MinaClients.shell(session);
            readUntil(shell.getInvertedOut(), "\r\n");

            Buffer request = session.createBuffer(SshConstants.SSH_MSG_CHANNEL_REQUEST, 32);
            request.putUInt(shell.getRecipient());
            request.putString("break");
            request.putBoolean(false);
            request.putUInt(500);
            session.writePacket(request);

            assertThat(handler.next()).isEqualTo(TerminalSignal.INTERRUPT);
        }
    }

    @Test
    void aClientLeavingEndsTheHandlersInputAndClosesItsSession() throws Exception {
        SshServer server = start();
        SshClient client = SshClient.connect(engine, server.address(), "cisco", "cisco", TIMEOUT);
        SshClientChannel shell = client.openShell("vt100", WindowSize.DEFAULT, TIMEOUT);
        readUntil(shell.stdout(), "\r\n");

        client.close();

        assertThat(List.of(handler.next(), handler.next())).containsExactlyInAnyOrder("eof", "closed");
    }

    @Test
    void closingTheServerEndsItsSessions() throws Exception {
        SshServer server = start();
        SshClient client = login(server);
        SshClientChannel shell = client.openShell("vt100", WindowSize.DEFAULT, TIMEOUT);
        readUntil(shell.stdout(), "\r\n");

        server.close();

        assertThat(shell.stdout().read()).isEqualTo(-1);
        assertThat(List.of(handler.next(), handler.next())).containsExactlyInAnyOrder("eof", "closed");
    }

    @Test
    void aClientThatNeverLogsInIsDroppedAtTheTimeout() throws Exception {
        SshServer server = start(new SshAuthLimits(Duration.ofSeconds(1), 3));
        try (Socket socket =
                new Socket(server.address().getAddress(), server.address().getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("SSH-2.0-silent\r\n".getBytes(StandardCharsets.US_ASCII));

            assertThat(readUntil(socket.getInputStream(), "\r\n")).isEqualTo("SSH-2.0-Cisco-1.25\r\n");
            assertThat(socket.getInputStream().readAllBytes()).isNotNull(); // returns at the server's close
        }
    }

    @Test
    void connectionsAreListedWithWhatTheyNegotiated() throws Exception {
        SshServer server = start();
        SshClient client = login(server);

        SshConnectionInfo info = server.connections().getFirst();

        assertThat(server.connections()).hasSize(1);
        assertThat(info.user()).contains("cisco");
        assertThat(info.authenticated()).isTrue();
        assertThat(info.clientVersion())
                .hasValueSatisfying(version -> assertThat(version).startsWith("SSH-2.0-"));
        assertThat(info.cipherIn()).hasValueSatisfying(cipher -> assertThat(SshAlgorithms.OFFERED.ciphers())
                .contains(cipher));
        assertThat(info.peer().getPort()).isPositive();
        client.close();
    }

    @Test
    void fiftySessionsAtOnceEachGetTheirOwnEcho() throws Exception {
        SshServer server = start();
        List<SshClientChannel> shells = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            SshClientChannel shell = login(server).openShell("vt100", WindowSize.DEFAULT, TIMEOUT);
            shells.add(shell);
        }
        for (int i = 0; i < shells.size(); i++) {
            shells.get(i).stdin().write(("line " + i + "\r").getBytes(StandardCharsets.UTF_8));
            shells.get(i).stdin().flush();
        }
        for (int i = 0; i < shells.size(); i++) {
            InputStream screen = shells.get(i).stdout();
            assertThat(readUntil(screen, "\r\n")).startsWith("user=cisco term=vt100");
            assertThat(readUntil(screen, "\r")).isEqualTo("line " + i + "\r");
        }
    }

    @Test
    void serversSharingAnEngineHoldNoPlatformThreadsOfTheirOwn() throws Exception {
        SshServer warm = start();
        login(warm).exec("warm up", TIMEOUT);
        long before = platformThreads();

        for (int i = 0; i < 20; i++) {
            start();
        }

        assertThat(platformThreads() - before).isLessThan(5);
    }

    @Test
    void theHostKeyIsMadeOnlyWhenAClientNeedsIt() throws Exception {
        SshHostKey lazy = SshHostKey.generatedOnFirstUse(1024);
        try (SshServer server = SshServer.start(
                engine, SshServerConfig.builder(lazy, (u, p, peer) -> true).build(), handler)) {
            assertThat(lazy.isGenerated()).isFalse();

            try (SshClient client = SshClient.connect(engine, server.address(), "any", "any", TIMEOUT)) {
                assertThat(lazy.isGenerated()).isTrue();
                assertThat(client.serverKeyFingerprint()).isEqualTo(lazy.fingerprint());
            }
        }
    }

    @Test
    void aTakenPortIsAClearError() throws Exception {
        SshServer server = start();
        SshServerConfig same = SshServerConfig.builder(HOST_KEY, (u, p, peer) -> true)
                .port(server.address().getPort())
                .build();

        assertThatThrownBy(() -> SshServer.start(engine, same, handler))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot listen for SSH on TCP 127.0.0.1:"
                        + server.address().getPort());
    }

    private static long platformThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !thread.isVirtual())
                .count();
    }
}
