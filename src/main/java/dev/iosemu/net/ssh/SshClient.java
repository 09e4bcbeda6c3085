package dev.iosemu.net.ssh;

import dev.iosemu.net.terminal.WindowSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelSession;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;

/**
 * A small SSH client (Apache MINA SSHD underneath): connects and logs in with a password (or
 * keyboard-interactive) or with a key pair (public key authentication, as IOS's client offers the
 * device's RSA key), then runs commands or opens a shell. Any host key is accepted, as IOS's own client
 * does, and remembered as a fingerprint.
 *
 * <p>Thread-safe; each channel is independent.
 */
public final class SshClient implements AutoCloseable {
    private final org.apache.sshd.client.SshClient mina;
    private final ClientSession session;
    private final String serverKeyFingerprint;
    private final Optional<SshEngine> ownEngine;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SshClient(
            org.apache.sshd.client.SshClient mina,
            ClientSession session,
            String serverKeyFingerprint,
            Optional<SshEngine> ownEngine) {
        this.mina = mina;
        this.session = session;
        this.serverKeyFingerprint = serverKeyFingerprint;
        this.ownEngine = ownEngine;
    }

    /**
     * Connects on the shared {@code engine} and logs in, each step within {@code timeout}.
     *
     * @throws SshLoginException when the server refuses the login
     * @throws SocketTimeoutException when connecting or logging in takes longer than {@code timeout}
     * @throws IOException when the server cannot be reached
     */
    public static SshClient connect(
            SshEngine engine, InetSocketAddress server, String user, String password, Duration timeout)
            throws IOException {
        return connect(engine, server, user, password, timeout, Optional.empty());
    }

    /** Connects and logs in with a password on an engine of its own, closed with the client. */
    public static SshClient connect(InetSocketAddress server, String user, String password, Duration timeout)
            throws IOException {
        return connectOwn(server, user, new Credential.Password(password), timeout);
    }

    /**
     * Connects and logs in with public key authentication only, proving {@code key}, on an engine of its own.
     *
     * @throws SshLoginException when the server does not take the key
     */
    public static SshClient connect(InetSocketAddress server, String user, KeyPair key, Duration timeout)
            throws IOException {
        return connectOwn(server, user, new Credential.Key(key), timeout);
    }

    private static SshClient connectOwn(InetSocketAddress server, String user, Credential credential, Duration timeout)
            throws IOException {
        SshEngine engine = SshEngine.start(1);
        try {
            return connect(engine, server, user, credential, timeout, Optional.of(engine));
        } catch (IOException | RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    private static SshClient connect(
            SshEngine engine,
            InetSocketAddress server,
            String user,
            String password,
            Duration timeout,
            Optional<SshEngine> own)
            throws IOException {
        return connect(engine, server, user, new Credential.Password(password), timeout, own);
    }

    private static SshClient connect(
            SshEngine engine,
            InetSocketAddress server,
            String user,
            Credential credential,
            Duration timeout,
            Optional<SshEngine> own)
            throws IOException {
        AtomicReference<String> fingerprint = new AtomicReference<>();
        org.apache.sshd.client.SshClient mina = org.apache.sshd.client.SshClient.setUpDefaultClient();
        engine.adopt(mina);
        mina.setServerKeyVerifier((clientSession, address, key) -> {
            fingerprint.set(KeyUtils.getFingerPrint(key));
            return true;
        });
        switch (credential) {
            case Credential.Password password -> {
                mina.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
                mina.setUserAuthFactories(
                        List.of(UserAuthPasswordFactory.INSTANCE, UserAuthKeyboardInteractiveFactory.INSTANCE));
            }
            case Credential.Key key -> {
                mina.setKeyIdentityProvider(KeyIdentityProvider.wrapKeyPairs(key.pair()));
                mina.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
            }
        }
        mina.start();
        try {
            ClientSession session = login(mina, server, user, credential, timeout);
            return new SshClient(mina, session, fingerprint.get(), own);
        } catch (IOException | RuntimeException e) {
            mina.stop();
            throw e;
        }
    }

    /** How the client proves who it is: a password, or a key pair the server knows the public half of. */
    private sealed interface Credential {
        record Password(String text) implements Credential {
            public Password {
                Objects.requireNonNull(text, "password");
            }
        }

        record Key(KeyPair pair) implements Credential {
            public Key {
                Objects.requireNonNull(pair, "key");
            }
        }
    }

    private static ClientSession login(
            org.apache.sshd.client.SshClient mina,
            InetSocketAddress server,
            String user,
            Credential credential,
            Duration timeout)
            throws IOException {
        ClientSession session = within(timeout, "connecting to " + server, () -> mina.connect(user, server)
                .verify(timeout)
                .getSession());
        if (credential instanceof Credential.Password password) {
            session.addPasswordIdentity(password.text());
        }
        try {
            within(timeout, "logging in to " + server, () -> session.auth().verify(timeout));
            return session;
        } catch (SocketTimeoutException e) {
            session.close(true);
            throw e;
        } catch (IOException e) {
            session.close(true);
            throw new SshLoginException("login as " + user + " refused by " + server + ": " + e.getMessage(), e);
        }
    }

    /** The server's identification, e.g. {@code SSH-2.0-Cisco-1.25}. */
    public String serverVersion() {
        return session.getServerVersion();
    }

    /** The fingerprint of the key the server proved itself with ({@code SHA256:…}). */
    public String serverKeyFingerprint() {
        return serverKeyFingerprint;
    }

    /** Runs one command and collects what it prints, waiting at most {@code timeout} for it to end. */
    public SshExecResult exec(String command, Duration timeout) throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ChannelExec channel = session.createExecChannel(command);
        channel.setOut(stdout);
        channel.setErr(stderr);
        OptionalInt status;
        try (SshClientChannel open = open(channel, timeout)) {
            status = open.awaitClose(timeout);
        }
        return new SshExecResult(status, stdout.toByteArray(), stderr.toByteArray());
    }

    /** Starts one command, its input and output as streams. */
    public SshClientChannel openExec(String command, Duration timeout) throws IOException {
        ChannelExec channel = session.createExecChannel(command);
        return open(channel, timeout);
    }

    /** Opens an interactive shell on a pty of this terminal type and size. */
    public SshClientChannel openShell(String terminalType, WindowSize size, Duration timeout) throws IOException {
        ChannelShell channel = session.createShellChannel();
        channel.setPtyType(terminalType);
        channel.setPtyColumns(size.columns());
        channel.setPtyLines(size.rows());
        return open(channel, timeout);
    }

    private static SshClientChannel open(ChannelSession channel, Duration timeout) throws IOException {
        within(timeout, "opening a channel", () -> channel.open().verify(timeout));
        return new SshClientChannel(channel);
    }

    /** Waits until the server ends the connection; false if it is still up after {@code timeout}. */
    public boolean awaitClosed(Duration timeout) {
        return session.waitFor(java.util.EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), timeout)
                .contains(ClientSession.ClientSessionEvent.CLOSED);
    }

    /** Whether the connection is still up (IOS closes it after an exec channel). */
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            session.close(true);
            mina.stop();
        } finally {
            ownEngine.ifPresent(SshEngine::close);
        }
    }

    /** A MINA wait whose timeout becomes a {@link SocketTimeoutException}. */
    private interface Step<T> {
        T run() throws IOException;
    }

    private static <T> T within(Duration timeout, String what, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (SshException e) {
            if (e.getCause() instanceof TimeoutException) {
                SocketTimeoutException timedOut = new SocketTimeoutException(what + ": no answer after " + timeout);
                timedOut.initCause(e);
                throw timedOut;
            }
            throw e;
        }
    }

    private static boolean isTimeout(Exception e) {
        return e.getMessage() != null
                && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timeout");
    }
}
