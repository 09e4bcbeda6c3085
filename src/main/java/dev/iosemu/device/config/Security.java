package dev.iosemu.device.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may do what: the privileged-mode secret or password, password encryption and the local users.
 * Immutable; each {@code with} method returns a changed copy. A new access feature ({@code ip ssh},
 * {@code crypto key}, {@code aaa}) becomes a component here with its own {@code with} method.
 *
 * @param enableSecret {@code enable secret}
 * @param enablePassword {@code enable password} (used only when no secret is set, as IOS does)
 * @param passwordEncryption {@code service password-encryption}: reversible passwords render as type 7
 * @param users {@code username} entries, in entry order
 * @param ssh {@code ip ssh ...}
 */
public record Security(
        Optional<EnableSecret> enableSecret,
        Optional<StoredPassword> enablePassword,
        boolean passwordEncryption,
        List<UserAccount> users,
        SshSettings ssh) {
    /** Users are kept by name (case-sensitive, as on IOS), once each. */
    private static final Function<UserAccount, String> USER_KEY = UserAccount::name;

    public Security {
        Objects.requireNonNull(enableSecret, "enableSecret");
        Objects.requireNonNull(enablePassword, "enablePassword");
        users = EntryTable.immutable(users);
        Objects.requireNonNull(ssh, "ssh");
    }

    /** No secret, no password, no encryption, no users. */
    public static Security defaults() {
        return new Security(Optional.empty(), Optional.empty(), false, List.of(), SshSettings.defaults());
    }

    /** Whether {@code enable} must ask for a password: a secret or a password is set. */
    public boolean enableProtected() {
        return enableSecret.isPresent() || enablePassword.isPresent();
    }

    /** Whether {@code attempt} opens privileged mode: the secret decides when set, else the password. */
    public boolean enableAccepts(String attempt) {
        if (enableSecret.isPresent()) {
            return enableSecret.get().matches(attempt);
        }
        return enablePassword.map(p -> p.plain().equals(attempt)).orElse(true);
    }

    public Security withEnableSecret(Optional<EnableSecret> value) {
        return new Security(value, enablePassword, passwordEncryption, users, ssh);
    }

    public Security withEnablePassword(Optional<StoredPassword> value) {
        return new Security(enableSecret, value, passwordEncryption, users, ssh);
    }

    public Security withPasswordEncryption(boolean value) {
        return new Security(enableSecret, enablePassword, value, users, ssh);
    }

    /** Adds a {@code username} entry, replacing the user of the same name where it stood. */
    public Security withUser(UserAccount user) {
        return new Security(
                enableSecret,
                enablePassword,
                passwordEncryption,
                EntryTable.of(users, USER_KEY).put(user).asList(),
                ssh);
    }

    /** {@code no username NAME}: removes the user, if present. */
    public Security withoutUser(String name) {
        return new Security(
                enableSecret,
                enablePassword,
                passwordEncryption,
                EntryTable.of(users, USER_KEY).remove(name).asList(),
                ssh);
    }

    /** Changes the {@code ip ssh} settings. */
    public Security withSsh(SshSettings value) {
        return new Security(enableSecret, enablePassword, passwordEncryption, users, value);
    }
}
