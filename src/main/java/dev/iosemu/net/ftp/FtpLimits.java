package dev.iosemu.net.ftp;

import java.time.Duration;
import java.util.Objects;

/**
 * What the lab FTP server allows each client, so that no client can lock the others out or guess passwords
 * at speed: sessions logged in at once (in all, and per user or client address), connections not yet
 * logged in, the idle time after which a session (or a stalled data connection) is closed, and the pause
 * after a wrong password with the number of wrong passwords that ends a session.
 *
 * @param maxLogins the most sessions logged in at once
 * @param maxLoginsPerUser the most sessions one user, or one client address, may have logged in at once
 * @param maxUnauthenticated the most connections not yet logged in; more are refused with 421
 * @param idleTimeout how long an idle control or data connection stays open (whole seconds)
 * @param loginFailureDelay the pause before the reply to a wrong password
 * @param maxLoginFailures the wrong passwords after which the session is closed
 */
public record FtpLimits(
        int maxLogins,
        int maxLoginsPerUser,
        int maxUnauthenticated,
        Duration idleTimeout,
        Duration loginFailureDelay,
        int maxLoginFailures) {

    /** 16 sessions, 8 per user or address, 8 waiting to log in, 60 s idle, 1 s after a wrong password, 3 tries. */
    public static final FtpLimits DEFAULTS = new FtpLimits(16, 8, 8, Duration.ofSeconds(60), Duration.ofSeconds(1), 3);

    public FtpLimits {
        positive("maxLogins", maxLogins);
        positive("maxLoginsPerUser", maxLoginsPerUser);
        positive("maxUnauthenticated", maxUnauthenticated);
        positive("maxLoginFailures", maxLoginFailures);
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(loginFailureDelay, "loginFailureDelay");
        if (idleTimeout.toSeconds() < 1 || idleTimeout.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("idleTimeout must be at least a second: " + idleTimeout);
        }
        if (loginFailureDelay.isNegative() || loginFailureDelay.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("loginFailureDelay must be 0 or more: " + loginFailureDelay);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    public FtpLimits withMaxLogins(int value) {
        return new FtpLimits(
                value, maxLoginsPerUser, maxUnauthenticated, idleTimeout, loginFailureDelay, maxLoginFailures);
    }

    public FtpLimits withMaxLoginsPerUser(int value) {
        return new FtpLimits(maxLogins, value, maxUnauthenticated, idleTimeout, loginFailureDelay, maxLoginFailures);
    }

    public FtpLimits withMaxUnauthenticated(int value) {
        return new FtpLimits(maxLogins, maxLoginsPerUser, value, idleTimeout, loginFailureDelay, maxLoginFailures);
    }

    public FtpLimits withIdleTimeout(Duration value) {
        return new FtpLimits(
                maxLogins, maxLoginsPerUser, maxUnauthenticated, value, loginFailureDelay, maxLoginFailures);
    }

    public FtpLimits withLoginFailureDelay(Duration value) {
        return new FtpLimits(maxLogins, maxLoginsPerUser, maxUnauthenticated, idleTimeout, value, maxLoginFailures);
    }

    public FtpLimits withMaxLoginFailures(int value) {
        return new FtpLimits(maxLogins, maxLoginsPerUser, maxUnauthenticated, idleTimeout, loginFailureDelay, value);
    }
}
