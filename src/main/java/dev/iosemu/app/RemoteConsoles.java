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
import dev.iosemu.device.config.TransportInput.Protocol;
import dev.iosemu.net.ssh.SshEngine;
import dev.iosemu.net.ssh.SshRequest;
import dev.iosemu.net.ssh.SshSession;
import dev.iosemu.net.telnet.TelnetServer;
import dev.iosemu.net.telnet.TelnetServerConfig;
import dev.iosemu.net.terminal.RemoteTerminal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The vty lines of one device as its users reach them: an SSH server, listening while the device has an RSA
 * key (as IOS's does, {@link VtySsh}), and a telnet server; each connection is served on the vty line {@link
 * VtyPool} picks, by the same session and line editor as the console. A connection while the device boots, or
 * with no free line that lets its protocol in, is closed at once. A device built without them starts them at a
 * lab-mate's first connection ({@link #listenForLabMates}).
 *
 * <p>Thread-safe: {@code lock} guards the telnet server and the end; the SSH server guards itself.
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
     * @param engine the SSH threads, shared by the devices of a process, asked for when SSH first listens
     * @param sshHeld whether SSH waits for {@link #releaseSsh} (or its address asked for) before it listens
     */
    record Settings(
            InetAddress bindAddress,
            OptionalInt sshPort,
            OptionalInt telnetPort,
            Supplier<SshEngine> engine,
            boolean sshHeld) {
        /** On loopback, with the SSH threads the devices of this process share. */
        static Settings loopback(OptionalInt sshPort, OptionalInt telnetPort, boolean sshHeld) {
            return new Settings(InetAddress.getLoopbackAddress(), sshPort, telnetPort, SharedSshEngine::get, sshHeld);
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
    private final VtySsh ssh;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean watching = new AtomicBoolean();
    private TelnetServer telnet; // guarded by lock; set once, by open or at a lab-mate's first telnet
    private boolean closed; // guarded by lock

    private RemoteConsoles(Router router, Settings settings, BiFunction<ConsoleIo, Line, CliSession> sessions) {
        this.router = router;
        this.settings = settings;
        this.sessions = sessions;
        this.pool = new VtyPool(router);
        this.logins = new SshLogins(router);
        this.scp = DeviceScpService.of(router);
        this.ssh = new VtySsh(router, settings, logins, this::serveSsh);
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
        watchOnce();
        if (settings.telnetPort().isPresent()) {
            lock.lock();
            try {
                telnet = startTelnet(settings.telnetPort().getAsInt());
            } finally {
                lock.unlock();
            }
        }
        if (settings.sshPort().isPresent()) {
            ssh.checkFree();
            if (!settings.sshHeld()) {
                ssh.listen();
            }
        }
    }

    /**
     * Lets a held SSH server listen (now if the device has its key), as {@code run --batch} does once its console
     * waits for input: MINA's engine and server cost the first prompt a few hundredths of a second of CPU.
     */
    void releaseSsh() throws IOException {
        if (settings.sshPort().isPresent() && !isClosed()) {
            ssh.listen();
        }
    }

    /**
     * Where a lab-mate's {@code telnet} or {@code ssh} reaches these vty lines: the server listening, or one
     * started now on a free port when the device was built without it (a fleet's nodes listen for nothing
     * while idle); empty once closed, or for SSH while the device has no RSA key.
     */
    Optional<InetSocketAddress> listenForLabMates(Protocol protocol) {
        try {
            if (protocol == Protocol.TELNET) {
                startTelnetOnce();
                return telnetAddress();
            }
            if (!isClosed()) {
                watchOnce();
                ssh.listen();
            }
            return sshAddress();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot listen for a lab-mate's " + protocol, e);
            return Optional.empty();
        }
    }

    private void startTelnetOnce() throws IOException {
        lock.lock();
        try {
            if (!closed && telnet == null) {
                watchOnce();
                telnet = startTelnet(0);
            }
        } finally {
            lock.unlock();
        }
    }

    private TelnetServer startTelnet(int port) throws IOException {
        return TelnetServer.start(
                new TelnetServerConfig(settings.bindAddress(), port, TelnetServerConfig.DEFAULT_NEGOTIATION_TIMEOUT),
                this::serveTelnet);
    }

    private void watchOnce() {
        if (!watching.getAndSet(true)) {
            Thread.ofVirtual().name("vty exec-timeout").start(this::watchIdleLines);
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

    /** Where SSH listens now (a held server listens first); empty without SSH or while the device has no key. */
    Optional<InetSocketAddress> sshAddress() {
        try {
            releaseSsh();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot listen for SSH", e);
        }
        return ssh.address();
    }

    /** Where telnet listens, if it does. */
    Optional<InetSocketAddress> telnetAddress() {
        lock.lock();
        try {
            return Optional.ofNullable(telnet).map(TelnetServer::address);
        } finally {
            lock.unlock();
        }
    }

    /** The SSH connections for {@code show ssh}. */
    SshConnections connections() {
        return ssh.connections();
    }

    /** Makes the key before a client needs it, so the first connection does not wait for it. */
    void prepareKey() {
        router.rsaKeys()
                .current()
                .ifPresent(key -> Thread.ofVirtual().name("rsa-key").start(key::pair));
    }

    /** Calls {@code listener} each time SSH starts listening: once the device has booted with a key, again after a new key. */
    void onSshListening(Consumer<InetSocketAddress> listener) {
        ssh.onListening(listener);
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
        TelnetServer listening;
        lock.lock();
        try {
            closed = true;
            listening = telnet;
        } finally {
            lock.unlock();
        }
        ssh.close();
        if (listening != null) {
            listening.close();
        }
    }
}
