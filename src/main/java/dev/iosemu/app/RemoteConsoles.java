package dev.iosemu.app;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.commands.copy.DeviceScpService;
import dev.iosemu.cli.commands.ssh.SshConnections;
import dev.iosemu.cli.commands.system.LineLogin;
import dev.iosemu.cli.commands.system.VtyLine;
import dev.iosemu.console.ExecConsole;
import dev.iosemu.console.RemoteConsole;
import dev.iosemu.device.DeviceState;
import dev.iosemu.device.Line;
import dev.iosemu.device.Router;
import dev.iosemu.device.RsaKey;
import dev.iosemu.device.config.TransportInput.Protocol;
import dev.iosemu.net.ssh.SshEngine;
import dev.iosemu.net.ssh.SshHostKey;
import dev.iosemu.net.ssh.SshRequest;
import dev.iosemu.net.ssh.SshServer;
import dev.iosemu.net.ssh.SshServerConfig;
import dev.iosemu.net.ssh.SshSession;
import dev.iosemu.net.telnet.TelnetServer;
import dev.iosemu.net.telnet.TelnetServerConfig;
import dev.iosemu.net.terminal.RemoteTerminal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The vty lines of one device as its users reach them: an SSH server, listening while the device has an RSA
 * key (as IOS's does), and a telnet server; each connection is served on the vty line {@link VtyPool} picks,
 * by the same session and line editor as the console. A connection while the device boots, or with no free
 * line that lets its protocol in, is closed at once.
 *
 * <p>Thread-safe: {@code lock} guards the SSH server as the key comes and goes; the rest is set once.
 */
final class RemoteConsoles implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RemoteConsoles.class.getName());
    private static final Duration IDLE_CHECK = Duration.ofSeconds(1);

    /**
     * Where the servers listen.
     *
     * @param bindAddress the address (loopback unless the user asks)
     * @param sshPort the SSH port (0: a free one), empty for no SSH
     * @param telnetPort the telnet port (0: a free one), empty for no telnet
     * @param engine the SSH threads, shared by the devices of a process
     */
    record Settings(InetAddress bindAddress, OptionalInt sshPort, OptionalInt telnetPort, SshEngine engine) {
        /** On loopback, with the SSH threads the devices of this process share. */
        static Settings loopback(OptionalInt sshPort, OptionalInt telnetPort) {
            return new Settings(InetAddress.getLoopbackAddress(), sshPort, telnetPort, SharedSshEngine.get());
        }
    }

    /** {@code port} if it can be a TCP port (0: a free one), else IllegalArgumentException. */
    static int checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535 (was " + port + ")");
        }
        return port;
    }

    private final Router router;
    private final Settings settings;
    private final BiFunction<ConsoleIo, Line, CliSession> sessions;
    private final VtyPool pool;
    private final SshLogins logins;
    private final DeviceScpService scp;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Consumer<InetSocketAddress>> sshListeners = new CopyOnWriteArrayList<>();
    private TelnetServer telnet; // set once by open
    private SshServer ssh; // guarded by lock; null while the device has no key
    private int sshPort; // guarded by lock: the port asked for, then the one bound, kept across a stop
    private boolean closed; // guarded by lock

    private RemoteConsoles(Router router, Settings settings, BiFunction<ConsoleIo, Line, CliSession> sessions) {
        this.router = router;
        this.settings = settings;
        this.sessions = sessions;
        this.pool = new VtyPool(router);
        this.logins = new SshLogins(router);
        this.scp = DeviceScpService.of(router);
        this.sshPort = settings.sshPort().orElse(0);
    }

    /**
     * Starts the servers of {@code router}; {@code sessions} opens a session on a line over a console and
     * lists it among the device's lines.
     *
     * @throws IOException when a port cannot be bound
     */
    static RemoteConsoles start(Router router, Settings settings, BiFunction<ConsoleIo, Line, CliSession> sessions)
            throws IOException {
        RemoteConsoles consoles = new RemoteConsoles(router, settings, sessions);
        try {
            consoles.open();
        } catch (IOException | RuntimeException e) {
            consoles.close();
            throw e;
        }
        return consoles;
    }

    private void open() throws IOException {
        if (settings.sshPort().isEmpty() && settings.telnetPort().isEmpty()) {
            return; // no remote consoles: nothing to watch, no thread
        }
        Thread.ofVirtual().name("vty exec-timeout").start(this::watchIdleLines);
        if (settings.telnetPort().isPresent()) {
            telnet = TelnetServer.start(
                    new TelnetServerConfig(
                            settings.bindAddress(),
                            settings.telnetPort().getAsInt(),
                            TelnetServerConfig.DEFAULT_NEGOTIATION_TIMEOUT),
                    this::serveTelnet);
        }
        if (settings.sshPort().isPresent()) {
            checkFree(settings.sshPort().getAsInt());
            router.rsaKeys().onChange(this::followKey);
            router.onRunningConfigChange(this::followLimits);
            startSsh();
        }
    }

    /**
     * Drops the sessions idle beyond their exec-timeout, on the device's clock, about once a second until the
     * consoles close (a virtual thread, so an idle device holds no platform thread).
     */
    private void watchIdleLines() {
        while (!isClosed()) {
            dropIdleLines();
            try {
                Thread.sleep(IDLE_CHECK.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Drops the sessions idle now beyond their exec-timeout. */
    void dropIdleLines() {
        router.lines().dropIdle(router.runningConfig(), router.clock().instant());
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A port asked for by number must be free now, so a taken one fails the start in one line although SSH
     * listens only once the device has booted with a key.
     */
    private void checkFree(int port) throws IOException {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(settings.bindAddress(), port));
        } catch (IOException e) {
            throw new IOException(
                    "cannot listen for SSH on TCP " + settings.bindAddress().getHostAddress() + ":" + port + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** Where SSH listens now; empty without SSH or while the device has no RSA key. */
    Optional<InetSocketAddress> sshAddress() {
        lock.lock();
        try {
            return Optional.ofNullable(ssh).map(SshServer::address);
        } finally {
            lock.unlock();
        }
    }

    /** Where telnet listens, if it does. */
    Optional<InetSocketAddress> telnetAddress() {
        return Optional.ofNullable(telnet).map(TelnetServer::address);
    }

    /** The SSH connections for {@code show ssh}. */
    SshConnections connections() {
        return () -> {
            lock.lock();
            SshServer server;
            try {
                server = ssh;
            } finally {
                lock.unlock();
            }
            return server == null
                    ? List.of()
                    : server.connections().stream()
                            .map(info -> new SshConnections.Row(logins.lineOf(info.peer()), info))
                            .toList();
        };
    }

    /** Makes the key before a client needs it, so the first connection does not wait for it. */
    void prepareKey() {
        router.rsaKeys()
                .current()
                .ifPresent(key -> Thread.ofVirtual().name("rsa-key").start(key::pair));
    }

    private void startSsh() throws IOException {
        Optional<RsaKey> key = router.rsaKeys().current();
        InetSocketAddress listening;
        lock.lock();
        try {
            if (closed || ssh != null || key.isEmpty()) {
                return;
            }
            SshServerConfig config = SshServerConfig.builder(hostKey(key.get()), logins)
                    .bindAddress(settings.bindAddress())
                    .port(sshPort)
                    .authLimits(logins.limits())
                    .build();
            ssh = SshServer.start(settings.engine(), config, this::serveSsh);
            sshPort = ssh.address().getPort();
            logins.listeningOn(sshPort);
            listening = ssh.address();
        } finally {
            lock.unlock();
        }
        sshListeners.forEach(listener -> listener.accept(listening));
    }

    /** Calls {@code listener} each time SSH starts listening: once the device has booted with a key, again after a new key. */
    void onSshListening(Consumer<InetSocketAddress> listener) {
        sshListeners.add(listener);
    }

    /** A new key replaces the old one for new connections; no key ends SSH, a first key starts it. */
    private void followKey() {
        Optional<RsaKey> key = router.rsaKeys().current();
        lock.lock();
        try {
            if (key.isPresent() && ssh != null) {
                ssh.changeHostKey(hostKey(key.get()));
            } else if (key.isEmpty() && ssh != null) {
                ssh.close();
                ssh = null;
            }
        } finally {
            lock.unlock();
        }
        if (key.isPresent()) {
            try {
                startSsh();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot listen for SSH again on port " + sshPort, e);
            }
        }
    }

    private void followLimits() {
        lock.lock();
        try {
            if (ssh != null && !ssh.authLimits().equals(logins.limits())) {
                ssh.changeAuthLimits(logins.limits());
            }
        } finally {
            lock.unlock();
        }
    }

    private static SshHostKey hostKey(RsaKey key) {
        return SshHostKey.fromSource(key.modulusBits(), key::pair);
    }

    private void serveSsh(SshSession channel) throws IOException {
        switch (channel.request()) {
            case SshRequest.Shell shell ->
                onVty(channel, Protocol.SSH, line -> {
                    RemoteConsole console = RemoteConsole.over(channel);
                    CliSession session = open(console.io(), line, channel);
                    logins.opened(channel.peer(), line.number());
                    try {
                        VtyLine.serveSsh(session, router, channel.user(), console::run);
                    } finally {
                        logins.closed(channel.peer());
                    }
                });
            case SshRequest.Exec exec
            when scp.request(exec.command()).isPresent() ->
                onVty(
                        channel,
                        Protocol.SSH,
                        line -> channel.exit(scp.serve(
                                channel.user(), scp.request(exec.command()).get(), channel.input(), channel.output())));
            case SshRequest.Exec exec ->
                onVty(channel, Protocol.SSH, line -> {
                    CliSession session = open(new ExecConsole(channel.input(), channel.output()), line, channel);
                    VtyLine.exec(session, router, channel.user(), exec.command());
                });
        }
        channel.close(); // IOS ends the whole connection when its session ends
    }

    private void serveTelnet(RemoteTerminal connection) throws IOException {
        onVty(connection, Protocol.TELNET, line -> {
            RemoteConsole console = RemoteConsole.over(connection);
            VtyLine.serveTelnet(open(console.io(), line, connection), router, console::run);
        });
    }

    /** Runs {@code body} on a free vty line that lets {@code protocol} in; none, or a device booting, ends it. */
    private void onVty(RemoteTerminal connection, Protocol protocol, VtyBody body) throws IOException {
        if (router.bootState().state() != DeviceState.IOS) {
            return;
        }
        OptionalInt number = pool.take(protocol);
        if (number.isEmpty()) {
            return;
        }
        try {
            body.serve(
                    Line.vty(number.getAsInt(), connection.peer().getAddress().getHostAddress()));
        } finally {
            pool.release(number.getAsInt());
        }
    }

    private CliSession open(ConsoleIo io, Line line, RemoteTerminal connection) {
        CliSession session = sessions.apply(io, line);
        pool.release(line.number()); // listed among the device's lines now
        session.set(LineLogin.LOCAL_PORT, connection.local().getPort());
        return session;
    }

    /** What runs on the chosen line. */
    @FunctionalInterface
    private interface VtyBody {
        void serve(Line line) throws IOException;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            if (ssh != null) {
                ssh.close();
                ssh = null;
            }
        } finally {
            lock.unlock();
        }
        if (telnet != null) {
            telnet.close();
        }
    }
}
