package dev.iosemu.net.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.session.Session;

/**
 * An SSH server for remote consoles (Apache MINA SSHD underneath): RSA host key, password and
 * keyboard-interactive logins checked by the caller, shell and exec channels handed to the caller's {@link
 * SshSessionHandler} on virtual threads; no SFTP, no forwarding. See {@link ServerAssembly} for what of MINA
 * is used and {@link SshAlgorithms#OFFERED} for the algorithms.
 *
 * <p>Thread-safe. Many servers may share one {@link SshEngine}, so that idle servers and sessions hold no
 * platform thread of their own.
 */
public final class SshServer implements AutoCloseable {
    private final org.apache.sshd.server.SshServer mina;
    private final AtomicReference<SshAuthLimits> authLimits;
    private final InetSocketAddress address;
    private final Optional<SshEngine> ownEngine;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SshServer(
            org.apache.sshd.server.SshServer mina,
            AtomicReference<SshAuthLimits> authLimits,
            InetSocketAddress address,
            Optional<SshEngine> ownEngine) {
        this.mina = mina;
        this.authLimits = authLimits;
        this.address = address;
        this.ownEngine = ownEngine;
    }

    /**
     * Starts a server on the shared {@code engine}.
     *
     * @throws IOException when the address cannot be bound (the port is taken, say)
     */
    public static SshServer start(SshEngine engine, SshServerConfig config, SshSessionHandler handler)
            throws IOException {
        return start(engine, config, handler, Optional.empty());
    }

    /** Starts a server with an engine of its own, closed with it. */
    public static SshServer start(SshServerConfig config, SshSessionHandler handler) throws IOException {
        SshEngine engine = SshEngine.start();
        try {
            return start(engine, config, handler, Optional.of(engine));
        } catch (IOException | RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    private static SshServer start(
            SshEngine engine, SshServerConfig config, SshSessionHandler handler, Optional<SshEngine> own)
            throws IOException {
        Objects.requireNonNull(handler, "handler");
        AtomicReference<SshAuthLimits> limits = new AtomicReference<>(config.authLimits());
        org.apache.sshd.server.SshServer mina = ServerAssembly.assemble(config, handler, limits::get);
        engine.adopt(mina);
        try {
            mina.start();
        } catch (IOException e) {
            mina.stop(true);
            throw new IOException(
                    "cannot listen for SSH on TCP " + config.bindAddress().getHostAddress() + ":" + config.port() + ": "
                            + e.getMessage(),
                    e);
        }
        return new SshServer(mina, limits, new InetSocketAddress(config.bindAddress(), mina.getPort()), own);
    }

    /** The address and port the server listens on. */
    public InetSocketAddress address() {
        return address;
    }

    public SshAuthLimits authLimits() {
        return authLimits.get();
    }

    /** New login limits ({@code ip ssh time-out}, {@code ip ssh authentication-retries}), from now on. */
    public void changeAuthLimits(SshAuthLimits limits) {
        authLimits.set(Objects.requireNonNull(limits, "limits"));
        ServerAssembly.changeAuthTimeout(mina, limits.timeout());
    }

    /**
     * A new host key ({@code crypto key generate rsa} replacing the key): connections made from now on see it;
     * those open keep the one they agreed on.
     */
    public void changeHostKey(SshHostKey key) {
        ((HostKeyProvider) mina.getKeyPairProvider()).change(Objects.requireNonNull(key, "key"));
    }

    /** The connections open now, logged in or not yet. */
    public List<SshConnectionInfo> connections() {
        return mina.getActiveSessions().stream().map(SshServer::info).toList();
    }

    private static SshConnectionInfo info(Session session) {
        return new SshConnectionInfo(
                (InetSocketAddress) session.getIoSession().getRemoteAddress(),
                Optional.ofNullable(session.getUsername()),
                session.isAuthenticated(),
                Optional.ofNullable(session.getClientVersion()),
                negotiated(session, KexProposalOption.C2SENC),
                negotiated(session, KexProposalOption.S2CENC),
                negotiated(session, KexProposalOption.C2SMAC),
                negotiated(session, KexProposalOption.S2CMAC));
    }

    private static Optional<String> negotiated(Session session, KexProposalOption option) {
        return Optional.ofNullable(session.getNegotiatedKexParameter(option)).filter(name -> !name.isEmpty());
    }

    /** Stops listening and ends every connection. Safe to call more than once, from any thread. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            mina.stop(true);
        } catch (IOException e) {
            // the sockets are closed either way
        } finally {
            ownEngine.ifPresent(SshEngine::close);
        }
    }
}
