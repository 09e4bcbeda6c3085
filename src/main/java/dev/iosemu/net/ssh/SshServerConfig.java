package dev.iosemu.net.ssh;

import java.net.InetAddress;
import java.util.Objects;

/**
 * How an SSH server listens, proves itself and checks logins.
 *
 * @param bindAddress the address to listen on
 * @param port the TCP port; 0 picks a free one
 * @param hostKey the server's RSA key
 * @param authenticator decides each password (and keyboard-interactive answer)
 * @param authLimits the login time and tries allowed; {@link SshServer#changeAuthLimits} changes them later
 * @param softwareVersion the software part of the identification string {@code SSH-2.0-<softwareVersion>}
 */
public record SshServerConfig(
        InetAddress bindAddress,
        int port,
        SshHostKey hostKey,
        SshAuthenticator authenticator,
        SshAuthLimits authLimits,
        String softwareVersion) {
    /** What classic IOS and IOS-XE announce: {@code SSH-2.0-Cisco-1.25}. */
    public static final String CISCO_SOFTWARE_VERSION = "Cisco-1.25";

    public SshServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(hostKey, "hostKey");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(authLimits, "authLimits");
        checkPort(port);
        checkSoftwareVersion(softwareVersion);
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
    }

    // RFC 4253 section 4.2 also forbids '-', but Cisco's own "Cisco-1.25" has one and every client copes
    private static void checkSoftwareVersion(String version) {
        if (version == null || version.isEmpty() || !version.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("software version must be printable ASCII without spaces: " + version);
        }
    }

    /** A server on 127.0.0.1, a free port, IOS's limits and identification. */
    public static Builder builder(SshHostKey hostKey, SshAuthenticator authenticator) {
        return new Builder(hostKey, authenticator);
    }

    /** Builds {@link SshServerConfig}; each setter validates its value at once. */
    public static final class Builder {
        private final SshHostKey hostKey;
        private final SshAuthenticator authenticator;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private SshAuthLimits authLimits = SshAuthLimits.DEFAULT;
        private String softwareVersion = CISCO_SOFTWARE_VERSION;

        private Builder(SshHostKey hostKey, SshAuthenticator authenticator) {
            this.hostKey = Objects.requireNonNull(hostKey, "hostKey");
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        }

        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** The TCP port; 0 picks a free one. */
        public Builder port(int port) {
            checkPort(port);
            this.port = port;
            return this;
        }

        public Builder authLimits(SshAuthLimits authLimits) {
            this.authLimits = Objects.requireNonNull(authLimits, "authLimits");
            return this;
        }

        public Builder softwareVersion(String softwareVersion) {
            checkSoftwareVersion(softwareVersion);
            this.softwareVersion = softwareVersion;
            return this;
        }

        public SshServerConfig build() {
            return new SshServerConfig(bindAddress, port, hostKey, authenticator, authLimits, softwareVersion);
        }
    }
}
