package dev.iosemu.cli.commands.copy;

import dev.iosemu.net.Ticker;
import java.time.Duration;
import java.util.Objects;

/**
 * How patiently the device waits for servers: TFTP retransmission timeout and retries, FTP connect and
 * data timeouts, and the clock the network clients measure them by. Tests use small values so a silent
 * server fails fast.
 *
 * @param clock what TFTP retransmission timers run on; not the clock that measures copy rates
 */
public record CopyTimeouts(Duration tftpTimeout, int tftpRetries, Duration ftpConnect, Duration ftpData, Ticker clock) {
    public CopyTimeouts {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tftpTimeout, "tftpTimeout");
        Objects.requireNonNull(ftpConnect, "ftpConnect");
        Objects.requireNonNull(ftpData, "ftpData");
        if (tftpRetries < 0) {
            throw new IllegalArgumentException("tftpRetries must be >= 0: " + tftpRetries);
        }
    }

    /**
     * About what IOS waits: 2 s per TFTP retransmission, 5 retries, 10 s to connect, 30 s for data, on the
     * JVM's clock.
     */
    public static CopyTimeouts standard() {
        return new CopyTimeouts(
                Duration.ofSeconds(2), 5, Duration.ofSeconds(10), Duration.ofSeconds(30), Ticker.system());
    }

    /** How long SSH (SCP) and HTTP wait for a server to answer: as long as FTP waits to connect. */
    public Duration connect() {
        return ftpConnect;
    }
}
