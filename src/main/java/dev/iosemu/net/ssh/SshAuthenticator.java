package dev.iosemu.net.ssh;

import java.net.InetSocketAddress;

/**
 * Decides whether a user may log in with a password: the caller's side of SSH password and
 * keyboard-interactive authentication.
 */
@FunctionalInterface
public interface SshAuthenticator {
    /**
     * Whether {@code user} may log in with {@code password} from {@code peer}. Called on an SSH I/O
     * thread: answer quickly, without waiting for anything slow.
     */
    boolean authenticate(String user, String password, InetSocketAddress peer);
}
