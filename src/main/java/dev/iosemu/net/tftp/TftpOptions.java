package dev.iosemu.net.tftp;

import dev.iosemu.net.tftp.codes.TftpMode;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of one client transfer: what to request (blksize RFC 2348, timeout and tsize RFC 2349,
 * windowsize RFC 7440), the transfer mode, and how patiently to retransmit.
 */
public final class TftpOptions {
    public static final int MIN_BLOCK_SIZE = 8;
    public static final int MAX_BLOCK_SIZE = 65464;
    public static final int DEFAULT_BLOCK_SIZE = 512;
    public static final int MAX_WINDOW_SIZE = 65535;
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(255);

    private static final TftpOptions DEFAULTS = new Builder().build();

    private final int blockSize;
    private final int windowSize;
    private final Duration timeout;
    private final int retries;
    private final boolean requestTransferSize;
    private final boolean requestTimeout;
    private final TftpMode mode;

    private TftpOptions(Builder b) {
        this.blockSize = b.blockSize;
        this.windowSize = b.windowSize;
        this.timeout = b.timeout;
        this.retries = b.retries;
        this.requestTransferSize = b.requestTransferSize;
        this.requestTimeout = b.requestTimeout;
        this.mode = b.mode;
    }

    /** Block size 512, window size 1, timeout 1 s (not asked of the server), 5 retries, tsize requested, octet mode. */
    public static TftpOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .blockSize(blockSize)
                .windowSize(windowSize)
                .timeout(timeout)
                .retries(retries)
                .requestTransferSize(requestTransferSize)
                .requestTimeout(requestTimeout)
                .mode(mode);
    }

    /** Requested data block size; 512 means the blksize option is not sent. */
    public int blockSize() {
        return blockSize;
    }

    /** Requested window size; 1 means the windowsize option is not sent. */
    public int windowSize() {
        return windowSize;
    }

    /**
     * Retransmission timeout: the first wait for the peer, which adapts to the measured round trip, and the
     * longest; a silent peer is given up after about this times {@code retries + 1}.
     */
    public Duration timeout() {
        return timeout;
    }

    /** Retransmissions of one packet before giving up. */
    public int retries() {
        return retries;
    }

    /** Whether to send the tsize option (size 0 in RRQ, the known size in WRQ). */
    public boolean requestTransferSize() {
        return requestTransferSize;
    }

    /**
     * Whether to ask the server to use {@link #timeout()} as well (the RFC 2349 timeout option, sent when it
     * is a whole number of seconds). Off by default, as IOS never asks: the option would replace the
     * server's own retransmission timer, which may well be quicker.
     */
    public boolean requestTimeout() {
        return requestTimeout;
    }

    public TftpMode mode() {
        return mode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TftpOptions other
                && blockSize == other.blockSize
                && windowSize == other.windowSize
                && timeout.equals(other.timeout)
                && retries == other.retries
                && requestTransferSize == other.requestTransferSize
                && requestTimeout == other.requestTimeout
                && mode == other.mode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(blockSize, windowSize, timeout, retries, requestTransferSize, requestTimeout, mode);
    }

    @Override
    public String toString() {
        return "TftpOptions[blockSize=" + blockSize + ", windowSize=" + windowSize + ", timeout=" + timeout
                + ", retries=" + retries + ", requestTransferSize=" + requestTransferSize + ", requestTimeout="
                + requestTimeout + ", mode=" + mode + "]";
    }

    /** Collects and validates options; each setter rejects a bad value at once. */
    public static final class Builder {
        private int blockSize = DEFAULT_BLOCK_SIZE;
        private int windowSize = 1;
        private Duration timeout = Duration.ofSeconds(1);
        private int retries = 5;
        private boolean requestTransferSize = true;
        private boolean requestTimeout;
        private TftpMode mode = TftpMode.OCTET;

        private Builder() {}

        /** Between 8 and 65464 (RFC 2348). */
        public Builder blockSize(int blockSize) {
            this.blockSize = TftpLimits.blockSize("blockSize", blockSize);
            return this;
        }

        /** Between 1 and 65535 (RFC 7440). */
        public Builder windowSize(int windowSize) {
            this.windowSize = TftpLimits.windowSize("windowSize", windowSize);
            return this;
        }

        /** Positive and at most 255 s (RFC 2349); sub-second values suit loopback tests. */
        public Builder timeout(Duration timeout) {
            this.timeout = TftpLimits.timeout(timeout);
            return this;
        }

        /** Between 0 and 100. */
        public Builder retries(int retries) {
            this.retries = TftpLimits.retries(retries);
            return this;
        }

        public Builder requestTransferSize(boolean requestTransferSize) {
            this.requestTransferSize = requestTransferSize;
            return this;
        }

        public Builder requestTimeout(boolean requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder mode(TftpMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public TftpOptions build() {
            return new TftpOptions(this);
        }
    }
}
