package dev.iosemu.app;

import dev.iosemu.cli.commands.ssh.SshConnections;
import dev.iosemu.device.Router;
import dev.iosemu.device.RsaKey;
import dev.iosemu.net.ssh.SshHostKey;
import dev.iosemu.net.ssh.SshServer;
import dev.iosemu.net.ssh.SshServerConfig;
import dev.iosemu.net.ssh.SshSessionHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The SSH server of one device's vty lines, listening while the device has an RSA key, as IOS's does: a new
 * key replaces the old one for new connections, no key stops it, a first key starts it again on the same
 * port; the login limits follow the running configuration. {@link RemoteConsoles} serves what it accepts.
 *
 * <p>Thread-safe: {@code lock} guards the server as the key comes and goes.
 */
final class VtySsh implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(VtySsh.class.getName());

    private final Router router;
    private final RemoteConsoles.Settings settings;
    private final SshLogins logins;
    private final SshSessionHandler handler;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Consumer<InetSocketAddress>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean following = new AtomicBoolean();
    private SshServer ssh; // guarded by lock; null while the device has no key
    private int port; // guarded by lock: the port asked for, then the one bound, kept across a stop
    private boolean closed; // guarded by lock

    VtySsh(Router router, RemoteConsoles.Settings settings, SshLogins logins, SshSessionHandler handler) {
        this.router = router;
        this.settings = settings;
        this.logins = logins;
        this.handler = handler;
        this.port = settings.sshPort().orElse(0);
    }

    /**
     * A port asked for by number must be free now, so a taken one fails the start in one line although SSH
     * listens only once the device has booted with a key.
     */
    void checkFree() throws IOException {
        int asked = settings.sshPort().orElse(0);
        if (asked == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(settings.bindAddress(), asked));
        } catch (IOException e) {
            throw new IOException(
                    "cannot listen for SSH on TCP " + settings.bindAddress().getHostAddress() + ":" + asked + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** Listens now if the device has a key, and from now on follows its key and login limits. */
    void listen() throws IOException {
        if (!following.getAndSet(true)) {
            router.rsaKeys().onChange(this::followKey);
            router.onRunningConfigChange(this::followLimits);
        }
        start();
    }

    /** Where SSH listens now; empty while the device has no RSA key (or before {@link #listen()}). */
    Optional<InetSocketAddress> address() {
        lock.lock();
        try {
            return Optional.ofNullable(ssh).map(SshServer::address);
        } finally {
            lock.unlock();
        }
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

    /** Calls {@code listener} each time SSH starts listening: once the device has booted with a key, again after a new key. */
    void onListening(Consumer<InetSocketAddress> listener) {
        listeners.add(listener);
    }

    private void start() throws IOException {
        Optional<RsaKey> key = router.rsaKeys().current();
        InetSocketAddress listening;
        lock.lock();
        try {
            if (closed || ssh != null || key.isEmpty()) {
                return;
            }
            SshServerConfig config = SshServerConfig.builder(hostKey(key.get()), logins)
                    .bindAddress(settings.bindAddress())
                    .port(port)
                    .authLimits(logins.limits())
                    .build();
            ssh = SshServer.start(settings.engine().get(), config, handler);
            port = ssh.address().getPort();
            logins.listeningOn(port);
            listening = ssh.address();
        } finally {
            lock.unlock();
        }
        listeners.forEach(listener -> listener.accept(listening));
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
                start();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot listen for SSH again on port " + port, e);
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
    }
}
