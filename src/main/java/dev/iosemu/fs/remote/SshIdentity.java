package dev.iosemu.fs.remote;

import java.security.KeyPair;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the device's SSH client proves itself with, as IOS's client does: the device's RSA key pair first
 * (public key authentication), then a password, asked for only once the key was refused. Both are read
 * lazily: a device's factory key is made on its first use, and the password prompt appears only when a
 * server wants one.
 *
 * @param key the device's key pair, empty when it has none
 * @param password the password, typed at {@code Password:} or carried by the URL; called at most once per
 *     login, on the transfer's thread
 */
public record SshIdentity(Supplier<Optional<KeyPair>> key, Supplier<String> password) {
    public SshIdentity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(password, "password");
    }

    /** A password and no key. */
    public static SshIdentity password(String password) {
        Objects.requireNonNull(password, "password");
        return new SshIdentity(Optional::empty, () -> password);
    }

    /** The same key with {@code password} instead of asking. */
    public SshIdentity withPassword(String password) {
        Objects.requireNonNull(password, "password");
        return new SshIdentity(key, () -> password);
    }
}
