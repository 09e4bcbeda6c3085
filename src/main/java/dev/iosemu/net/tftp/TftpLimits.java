package dev.iosemu.net.tftp;

import java.time.Duration;
import java.util.Objects;

/**
 * The ranges the RFCs allow for TFTP settings, checked in one place for client options and server
 * configuration alike; each check returns its value or throws with the setting's name and the bad value.
 */
final class TftpLimits {
    private TftpLimits() {}

    /** RFC 2348: 8 to 65464. */
    static int blockSize(String name, int value) {
        return inRange(name, value, TftpOptions.MIN_BLOCK_SIZE, TftpOptions.MAX_BLOCK_SIZE);
    }

    /** RFC 7440: 1 to 65535. */
    static int windowSize(String name, int value) {
        return inRange(name, value, 1, TftpOptions.MAX_WINDOW_SIZE);
    }

    /** RFC 2349 allows whole seconds up to 255; shorter positive values suit loopback tests. */
    static Duration timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(TftpOptions.MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be > 0 and <= 255 s: " + timeout.toMillis() + " ms");
        }
        return timeout;
    }

    /** Retransmissions of one packet: 0 to 100. */
    static int retries(int value) {
        return inRange("retries", value, 0, 100);
    }

    private static int inRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ": " + value);
        }
        return value;
    }
}
