package dev.iosemu.cli;

import java.util.Objects;

/**
 * The typed key of one per-session value a command area keeps on a {@link CliSession} (the copy defaults,
 * say). Keys compare by identity: declare each once, as a constant beside the code that uses it.
 *
 * @param <T> the type of the value
 */
public final class SessionKey<T> {
    private final String name;

    private SessionKey(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A new key; {@code name} only shows in messages. */
    public static <T> SessionKey<T> of(String name) {
        return new SessionKey<>(name);
    }

    @Override
    public String toString() {
        return "SessionKey(" + name + ")";
    }
}
