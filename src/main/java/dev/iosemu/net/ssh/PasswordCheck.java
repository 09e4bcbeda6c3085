package dev.iosemu.net.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * MINA's password check, for the password method and (through MINA's default keyboard-interactive
 * authenticator, prompting {@code Password: }) for keyboard-interactive: asks the caller's {@link
 * SshAuthenticator} and drops the connection at its last allowed failure.
 *
 * <p>Only wrong passwords count: public keys offered first (as Ansible's paramiko does with every key in
 * {@code ~/.ssh}) are refused without using up a try. Thread-safe; the count lives on each connection.
 */
final class PasswordCheck implements PasswordAuthenticator {
    private static final System.Logger LOG = System.getLogger(PasswordCheck.class.getName());
    private static final AttributeKey<AtomicInteger> FAILURES = new AttributeKey<>();

    private final SshAuthenticator authenticator;
    private final Supplier<SshAuthLimits> limits;

    PasswordCheck(SshAuthenticator authenticator, Supplier<SshAuthLimits> limits) {
        this.authenticator = authenticator;
        this.limits = limits;
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        if (accepts(user, password, (InetSocketAddress) session.getClientAddress())) {
            return true;
        }
        int failures = session.computeAttributeIfAbsent(FAILURES, key -> new AtomicInteger())
                .incrementAndGet();
        if (failures >= limits.get().failuresAllowed()) {
            disconnect(session);
        }
        return false;
    }

    private boolean accepts(String user, String password, InetSocketAddress peer) {
        try {
            return authenticator.authenticate(user, password, peer);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "SSH authenticator failed for " + user + " from " + peer, e);
            return false;
        }
    }

    private static void disconnect(ServerSession session) {
        try {
            session.disconnect(
                    SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE, "Too many authentication failures");
        } catch (IOException e) {
            session.close(true);
        }
    }
}
