package dev.iosemu.net.telnet;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a telnet server listens and how long it waits for a new client's option answers.
 *
 * @param bindAddress the address to listen on
 * @param port the TCP port; 0 picks a free one
 * @param negotiationTimeout how long a new connection waits for the client to answer the greeting (and
 *     name its terminal) before the handler starts anyway; a real client answers within a round trip
 */
public record TelnetServerConfig(InetAddress bindAddress, int port, Duration negotiationTimeout) {
    /** Long enough for any client on a lab network, short enough that a raw socket client barely notices. */
    public static final Duration DEFAULT_NEGOTIATION_TIMEOUT = Duration.ofMillis(500);

    public TelnetServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(negotiationTimeout, "negotiationTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (negotiationTimeout.isNegative()) {
            throw new IllegalArgumentException("negotiationTimeout must not be negative: " + negotiationTimeout);
        }
    }

    /** Listening on the loopback address, on {@code port} (0 = a free one), with the default timeout. */
    public static TelnetServerConfig loopback(int port) {
        return new TelnetServerConfig(InetAddress.getLoopbackAddress(), port, DEFAULT_NEGOTIATION_TIMEOUT);
    }
}
