package dev.iosemu.net.ftp;

import dev.iosemu.net.StandardPort;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the device's FTP client connects: server, credentials, passive or active data
 * connections, source address and timeouts.
 *
 * @param host server host name or address literal
 * @param port server control port (21 by default)
 * @param username login name ({@code anonymous} by default)
 * @param password login password (empty by default)
 * @param passive {@code true} for PASV/EPSV (the default), {@code false} for PORT/EPRT where the client
 *     listens for the data connection
 * @param activeAddress the local address the client listens on and announces in PORT/EPRT; empty means
 *     the control connection's local address
 * @param localAddress the local address both connections are bound to ({@code ip ftp source-interface});
 *     empty lets the operating system choose
 * @param connectTimeout bound on opening the control and data connections and on waiting for the
 *     server's greeting
 * @param dataTimeout bound on each wait for bytes: control replies, data reads and writes, and the
 *     server's connect-back in active mode
 */
public record FtpConnectionSettings(
        String host,
        int port,
        String username,
        String password,
        boolean passive,
        Optional<InetAddress> activeAddress,
        Optional<InetAddress> localAddress,
        Duration connectTimeout,
        Duration dataTimeout) {

    /** The standard FTP control port. */
    public static final int DEFAULT_PORT = StandardPort.FTP.number();

    public FtpConnectionSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(activeAddress, "activeAddress");
        Objects.requireNonNull(localAddress, "localAddress");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535: " + port);
        }
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("dataTimeout", dataTimeout);
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and below 24 days: " + value);
        }
    }

    /** Shows everything but the password. */
    @Override
    public String toString() {
        return "FtpConnectionSettings[" + username + "@" + host + ":" + port + (passive ? ", passive" : ", active")
                + activeAddress
                        .map(a -> ", activeAddress=" + a.getHostAddress())
                        .orElse("")
                + localAddress.map(a -> ", localAddress=" + a.getHostAddress()).orElse("")
                + ", connectTimeout=" + connectTimeout + ", dataTimeout=" + dataTimeout + "]";
    }

    /** Starts settings for {@code host} with the defaults: port 21, anonymous, passive, 30 s timeouts. */
    public static Builder builder(String host) {
        return new Builder(host);
    }

    /** A builder holding these settings, to derive variants. */
    public Builder toBuilder() {
        return new Builder(host)
                .port(port)
                .credentials(username, password)
                .passive(passive)
                .activeAddress(activeAddress.orElse(null))
                .localAddress(localAddress.orElse(null))
                .connectTimeout(connectTimeout)
                .dataTimeout(dataTimeout);
    }

    /** Builds {@link FtpConnectionSettings}; each setter validates its value at once. */
    public static final class Builder {
        private final String host;
        private int port = DEFAULT_PORT;
        private String username = "anonymous";
        private String password = "";
        private boolean passive = true;
        private InetAddress activeAddress;
        private InetAddress localAddress;
        private Duration connectTimeout = Duration.ofSeconds(30);
        private Duration dataTimeout = Duration.ofSeconds(30);

        private Builder(String host) {
            this.host = Objects.requireNonNull(host, "host");
        }

        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1-65535: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        public Builder passive(boolean passive) {
            this.passive = passive;
            return this;
        }

        /** The address to listen on and announce in active mode; {@code null} for the control's local one. */
        public Builder activeAddress(InetAddress activeAddress) {
            this.activeAddress = activeAddress;
            return this;
        }

        /** The local address to bind connections to; {@code null} lets the operating system choose. */
        public Builder localAddress(InetAddress localAddress) {
            this.localAddress = localAddress;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            requirePositive("connectTimeout", connectTimeout);
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder dataTimeout(Duration dataTimeout) {
            requirePositive("dataTimeout", dataTimeout);
            this.dataTimeout = dataTimeout;
            return this;
        }

        public FtpConnectionSettings build() {
            return new FtpConnectionSettings(
                    host,
                    port,
                    username,
                    password,
                    passive,
                    Optional.ofNullable(activeAddress),
                    Optional.ofNullable(localAddress),
                    connectTimeout,
                    dataTimeout);
        }
    }
}
