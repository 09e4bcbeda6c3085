package dev.iosemu.net.tftp;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/** Immutable settings of a {@link TftpServer}; build with {@link #builder(TftpFileStore)}. */
public final class TftpServerConfig {
    private final InetAddress bindAddress;
    private final int port;
    private final TftpFileStore fileStore;
    private final boolean writable;
    private final int maxConcurrentTransfers;
    private final int maxBlockSize;
    private final int maxWindowSize;
    private final Duration timeout;
    private final Duration maxNegotiatedTimeout;
    private final int retries;
    private final boolean platformListener;

    private TftpServerConfig(Builder b) {
        this.bindAddress = b.bindAddress;
        this.port = b.port;
        this.fileStore = b.fileStore;
        this.writable = b.writable;
        this.maxConcurrentTransfers = b.maxConcurrentTransfers;
        this.maxBlockSize = b.maxBlockSize;
        this.maxWindowSize = b.maxWindowSize;
        this.timeout = b.timeout;
        this.maxNegotiatedTimeout = b.maxNegotiatedTimeout;
        this.retries = b.retries;
        this.platformListener = b.platformListener;
    }

    /** A builder serving {@code fileStore} read-only on 127.0.0.1, free port. */
    public static Builder builder(TftpFileStore fileStore) {
        return new Builder(fileStore);
    }

    public Builder toBuilder() {
        return new Builder(fileStore)
                .bindAddress(bindAddress)
                .port(port)
                .writable(writable)
                .maxConcurrentTransfers(maxConcurrentTransfers)
                .maxBlockSize(maxBlockSize)
                .maxWindowSize(maxWindowSize)
                .timeout(timeout)
                .maxNegotiatedTimeout(maxNegotiatedTimeout)
                .retries(retries)
                .platformListener(platformListener);
    }

    public InetAddress bindAddress() {
        return bindAddress;
    }

    /** The UDP port to listen on; 0 picks a free one (see {@link TftpServer#address()}). */
    public int port() {
        return port;
    }

    public TftpFileStore fileStore() {
        return fileStore;
    }

    /** Whether WRQs are accepted; if not they get ERROR 2 (access violation). */
    public boolean writable() {
        return writable;
    }

    /** Requests beyond this many running transfers get ERROR 0 "Server busy". */
    public int maxConcurrentTransfers() {
        return maxConcurrentTransfers;
    }

    /** The largest blksize granted in an OACK; larger requests are lowered to it. */
    public int maxBlockSize() {
        return maxBlockSize;
    }

    /**
     * The largest windowsize granted in an OACK; bounds the memory a sender buffers per transfer. For reads the
     * window is lowered further so that one window fits a peer's default (about 200 KB) UDP receive buffer.
     */
    public int maxWindowSize() {
        return maxWindowSize;
    }

    /** Retransmission timeout when the client does not negotiate one. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The longest timeout option (RFC 2349) granted; a client asking for more is not granted the option and
     * the server keeps its own {@link #timeout()}, so a silent client holds a transfer slot for at most this
     * long times {@code retries + 1}.
     */
    public Duration maxNegotiatedTimeout() {
        return maxNegotiatedTimeout;
    }

    /** Retransmissions of one packet before a transfer is abandoned. */
    public int retries() {
        return retries;
    }

    /**
     * Whether the transfer threads (platform threads) take turns at listening for requests, rather than a
     * virtual thread that hands each request to one of them. The thread that receives a request then serves it
     * itself, so it is answered sooner (0.3 to 0.4 ms a transfer on the development machine: no poller and no
     * other thread wakes up in between), but one platform thread stays blocked on the port while the server is
     * idle; servers that idle in numbers (a device's own) keep the virtual listener.
     */
    public boolean platformListener() {
        return platformListener;
    }

    /** Collects and validates server settings; each setter rejects a bad value at once. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private final TftpFileStore fileStore;
        private boolean writable;
        private int maxConcurrentTransfers = 64;
        private int maxBlockSize = TftpOptions.MAX_BLOCK_SIZE;
        private int maxWindowSize = 64;
        private Duration timeout = Duration.ofSeconds(1);
        private Duration maxNegotiatedTimeout = Duration.ofSeconds(10);
        private int retries = 5;
        private boolean platformListener;

        private Builder(TftpFileStore fileStore) {
            this.fileStore = Objects.requireNonNull(fileStore, "fileStore");
        }

        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder writable(boolean writable) {
            this.writable = writable;
            return this;
        }

        public Builder maxConcurrentTransfers(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConcurrentTransfers must be >= 1: " + max);
            }
            this.maxConcurrentTransfers = max;
            return this;
        }

        public Builder maxBlockSize(int max) {
            this.maxBlockSize = TftpLimits.blockSize("maxBlockSize", max);
            return this;
        }

        public Builder maxWindowSize(int max) {
            this.maxWindowSize = TftpLimits.windowSize("maxWindowSize", max);
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = TftpLimits.timeout(timeout);
            return this;
        }

        public Builder maxNegotiatedTimeout(Duration max) {
            this.maxNegotiatedTimeout = TftpLimits.timeout(max);
            return this;
        }

        public Builder retries(int retries) {
            this.retries = TftpLimits.retries(retries);
            return this;
        }

        public Builder platformListener(boolean platformListener) {
            this.platformListener = platformListener;
            return this;
        }

        public TftpServerConfig build() {
            return new TftpServerConfig(this);
        }
    }
}
