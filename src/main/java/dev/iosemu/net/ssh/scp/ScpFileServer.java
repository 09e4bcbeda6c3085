package dev.iosemu.net.ssh.scp;

import dev.iosemu.net.ssh.SshAuthLimits;
import dev.iosemu.net.ssh.SshHostKey;
import dev.iosemu.net.ssh.SshRequest;
import dev.iosemu.net.ssh.SshServer;
import dev.iosemu.net.ssh.SshServerConfig;
import dev.iosemu.net.ssh.SshSession;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lab's SCP server: SSH with password logins for its accounts, and on each connection nothing but
 * {@code scp -t} and {@code scp -f} exec requests over the files under one root ({@link RootScpFiles}
 * confines them). A shell or any other command is refused with a line on the error stream.
 *
 * <p>Thread-safe; each request runs on a virtual thread of its own.
 */
public final class ScpFileServer implements AutoCloseable {
    /** What the lab server announces itself as. */
    static final String SOFTWARE_VERSION = "iosemu-lab-scp";

    private final SshServer ssh;

    private ScpFileServer(SshServer ssh) {
        this.ssh = ssh;
    }

    /**
     * Serves {@code root} on {@code bindAddress}:{@code port} (0 picks a free one) to {@code accounts},
     * proving itself with {@code hostKey} (a key made on first use costs the first client its making).
     *
     * @throws IOException when the port cannot be bound
     */
    public static ScpFileServer start(
            InetAddress bindAddress, int port, Path root, List<ScpAccount> accounts, SshHostKey hostKey)
            throws IOException {
        Objects.requireNonNull(root, "root");
        Map<String, ScpAccount> byName =
                accounts.stream().collect(Collectors.toUnmodifiableMap(ScpAccount::name, Function.identity()));
        SshServerConfig config = SshServerConfig.builder(hostKey, (user, password, peer) -> {
                    ScpAccount account = byName.get(user);
                    return account != null && account.password().equals(password);
                })
                .bindAddress(bindAddress)
                .port(port)
                .authLimits(SshAuthLimits.DEFAULT)
                .softwareVersion(SOFTWARE_VERSION)
                .build();
        try {
            return new ScpFileServer(SshServer.start(
                    config, session -> serve(session, new RootScpFiles(root, byName.get(session.user())))));
        } catch (IOException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException(
                    "cannot start SCP server on TCP " + bindAddress.getHostAddress() + ":" + port + ": "
                            + cause.getMessage(),
                    e);
        }
    }

    private static void serve(SshSession session, ScpFiles files) throws IOException {
        if (session.request() instanceof SshRequest.Exec exec) {
            var request = ScpRequest.parse(exec.command());
            if (request.isPresent()) {
                session.exit(ScpServing.serveQuietly(request.get(), session.input(), session.output(), files));
                return;
            }
        }
        session.error().write("This server offers SCP only.\r\n".getBytes(StandardCharsets.US_ASCII));
        session.exit(1);
    }

    /** Where the server listens. */
    public InetSocketAddress address() {
        return ssh.address();
    }

    @Override
    public void close() {
        ssh.close();
    }
}
