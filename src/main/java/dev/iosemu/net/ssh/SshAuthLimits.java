package dev.iosemu.net.ssh;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a client has to log in, and how many wrong passwords a connection may try before it is
 * dropped.
 *
 * @param timeout the time from connecting to a successful login
 * @param retries the wrong passwords (or keyboard-interactive answers) a connection may send; the
 *     connection is dropped at the last of them, so 3 allows three tries, and 0 allows one
 */
public record SshAuthLimits(Duration timeout, int retries) {
    /** Two minutes and three tries, as an IOS device without {@code ip ssh} settings has. */
    public static final SshAuthLimits DEFAULT = new SshAuthLimits(Duration.ofSeconds(120), 3);

    public SshAuthLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("authentication timeout must be positive: " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("authentication retries must not be negative: " + retries);
        }
    }

    /** The failures after which the connection is dropped: {@code retries}, and at least one. */
    int failuresAllowed() {
        return Math.max(1, retries);
    }
}
