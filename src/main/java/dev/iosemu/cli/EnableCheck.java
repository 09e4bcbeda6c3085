package dev.iosemu.cli;

import java.util.Objects;

/** The check behind {@code enable}: whether a secret is configured and whether an attempt matches. */
public interface EnableCheck {
    /** False lets {@code enable} succeed without asking (the console default). */
    boolean isConfigured();

    /** True when {@code attempt} is the secret. */
    boolean matches(String attempt);

    /** No secret configured. */
    static EnableCheck none() {
        return new EnableCheck() {
            @Override
            public boolean isConfigured() {
                return false;
            }

            @Override
            public boolean matches(String attempt) {
                return true;
            }
        };
    }

    /** A fixed plain-text secret (for tests and simple wiring). */
    static EnableCheck of(String secret) {
        Objects.requireNonNull(secret, "secret");
        return new EnableCheck() {
            @Override
            public boolean isConfigured() {
                return true;
            }

            @Override
            public boolean matches(String attempt) {
                return secret.equals(attempt);
            }
        };
    }
}
