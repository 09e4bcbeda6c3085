package dev.iosemu.device.config;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A local user ({@code username NAME [privilege N] secret|password ...}), for {@code login local}.
 * Exactly one of {@code secret} and {@code password} is present.
 *
 * @param name the user name, case-sensitive as on IOS
 * @param privilege the privilege level, when one was given
 * @param secret a type 5 secret
 * @param password a reversible password (type 0 or 7)
 */
public record UserAccount(
        String name, OptionalInt privilege, Optional<EnableSecret> secret, Optional<StoredPassword> password) {
    public UserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(privilege, "privilege");
        if (secret.isPresent() == password.isPresent()) {
            throw new IllegalArgumentException("a user has a secret or a password: " + name);
        }
    }

    /** Whether {@code attempt} is this user's secret or password. */
    public boolean accepts(String attempt) {
        return secret.map(s -> s.matches(attempt))
                .orElseGet(() -> password.orElseThrow().plain().equals(attempt));
    }

    /** The running-config line; a password shows in type 7 under {@code service password-encryption}. */
    public String render(boolean passwordEncryption) {
        StringBuilder line = new StringBuilder("username ").append(name);
        privilege.ifPresent(level -> line.append(" privilege ").append(level));
        secret.ifPresent(s -> line.append(" secret 5 ").append(s.hash()));
        password.ifPresent(p -> line.append(" password ").append(p.render(passwordEncryption)));
        return line.toString();
    }
}
