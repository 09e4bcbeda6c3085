package dev.iosemu.app;

import dev.iosemu.cli.commands.system.LoginLog;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.device.config.SshSettings;
import dev.iosemu.net.ssh.SshAuthLimits;
import dev.iosemu.net.ssh.SshAuthenticator;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SSH logins as IOS checks them: against the {@code username} table, provided a vty line lets SSH in without
 * a line password of its own; each failure is logged. Also which vty each logged-in connection's shell runs on,
 * for {@code show ssh}. Thread-safe; {@link #authenticate} runs on an SSH I/O thread and only reads.
 */
final class SshLogins implements SshAuthenticator {
    private final Router router;
    private final Map<InetSocketAddress, Integer> lines = new ConcurrentHashMap<>();
    private volatile int localPort;

    SshLogins(Router router) {
        this.router = router;
    }

    /** The port the server listens on, which the log messages name. */
    void listeningOn(int port) {
        this.localPort = port;
    }

    @Override
    public boolean authenticate(String user, String password, InetSocketAddress peer) {
        RunningConfig config = router.runningConfig();
        boolean accepted = VtyPool.sshLoginsPossible(config)
                && config.security().users().stream().anyMatch(u -> u.name().equals(user) && u.accepts(password));
        if (!accepted) {
            // the console's log may wait on its line editor: not on an I/O thread
            int port = localPort;
            Thread.ofVirtual()
                    .start(() -> LoginLog.failed(router, user, peer.getAddress().getHostAddress(), port));
        }
        return accepted;
    }

    /** {@code ip ssh time-out} and {@code ip ssh authentication-retries} as the server's limits. */
    SshAuthLimits limits() {
        SshSettings ssh = router.runningConfig().security().ssh();
        return new SshAuthLimits(Duration.ofSeconds(ssh.timeoutSeconds()), ssh.retries());
    }

    /** The shell of the connection from {@code peer} runs on vty {@code number} until {@link #closed}. */
    void opened(InetSocketAddress peer, int number) {
        lines.put(peer, number);
    }

    void closed(InetSocketAddress peer) {
        lines.remove(peer);
    }

    /** The vty the connection from {@code peer} has its shell on, if it has one. */
    OptionalInt lineOf(InetSocketAddress peer) {
        Integer number = lines.get(peer);
        return number == null ? OptionalInt.empty() : OptionalInt.of(number);
    }
}
