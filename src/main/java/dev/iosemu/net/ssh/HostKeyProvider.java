package dev.iosemu.net.ssh;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.SessionContext;

/**
 * MINA's view of the {@link SshHostKey}. It names the key type without the key, so a connection's first
 * message (which lists algorithms only) goes out at once; the key is made, if it must be, when the key
 * exchange needs its signature.
 */
final class HostKeyProvider implements KeyPairProvider {
    private final AtomicReference<SshHostKey> hostKey;

    HostKeyProvider(SshHostKey hostKey) {
        this.hostKey = new AtomicReference<>(hostKey);
    }

    /** New connections prove themselves with {@code key} from now on. */
    void change(SshHostKey key) {
        hostKey.set(key);
    }

    @Override
    public Iterable<java.security.KeyPair> loadKeys(SessionContext session) {
        return List.of(hostKey.get().keyPair());
    }

    @Override
    public Iterable<String> getKeyTypes(SessionContext session) {
        return List.of(KeyPairProvider.SSH_RSA);
    }
}
