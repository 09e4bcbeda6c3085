package dev.iosemu.net.ftp;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the lab FTP server listens and whom it serves: bind address and port, the root folder (on any
 * {@link java.nio.file.FileSystem}, jimfs included), accounts, anonymous access, passive ports and the
 * limits on what each client may do.
 *
 * @param bindAddress the address the control and passive data sockets listen on
 * @param port the control port; 0 picks a free one
 * @param root the folder every account's home lies in
 * @param accounts the logins, at most one per name
 * @param anonymousEnabled whether {@code anonymous} may log in with any password; without an account
 *     named {@code anonymous} it reads the root and may not write
 * @param passivePortFirst first port of the passive range; 0 (with last 0) takes any free port
 * @param passivePortLast last port of the passive range
 * @param limits sessions, idle time and password tries ({@link FtpLimits#DEFAULTS} unless set)
 */
public record FtpServerConfig(
        InetAddress bindAddress,
        int port,
        Path root,
        List<FtpAccount> accounts,
        boolean anonymousEnabled,
        int passivePortFirst,
        int passivePortLast,
        FtpLimits limits) {

    public FtpServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(limits, "limits");
        accounts = List.copyOf(accounts);
        checkPort("port", port);
        checkPort("passivePortFirst", passivePortFirst);
        checkPort("passivePortLast", passivePortLast);
        if (passivePortFirst > passivePortLast || (passivePortFirst == 0) != (passivePortLast == 0)) {
            throw new IllegalArgumentException(
                    "passive port range must be 0-0 or first<=last: " + passivePortFirst + "-" + passivePortLast);
        }
        if (accounts.stream().map(FtpAccount::name).distinct().count() != accounts.size()) {
            throw new IllegalArgumentException("account names must be unique: " + accounts);
        }
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 0-65535: " + port);
        }
    }

    /** Starts a configuration serving {@code root} on 127.0.0.1, a free port, no accounts yet. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** Builds {@link FtpServerConfig}; each setter validates its value at once. */
    public static final class Builder {
        private final Path root;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private final Map<String, FtpAccount> accounts = new LinkedHashMap<>();
        private boolean anonymousEnabled;
        private int passivePortFirst;
        private int passivePortLast;
        private FtpLimits limits = FtpLimits.DEFAULTS;

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root, "root");
        }

        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** The control port; 0 picks a free one. */
        public Builder port(int port) {
            checkPort("port", port);
            this.port = port;
            return this;
        }

        /** Adds a login, replacing one of the same name. */
        public Builder account(FtpAccount account) {
            accounts.put(account.name(), account);
            return this;
        }

        /** Adds a login; see {@link FtpAccount}. */
        public Builder account(String name, String password, String home, boolean writable) {
            return account(new FtpAccount(name, password, home, writable));
        }

        public Builder anonymousEnabled(boolean anonymousEnabled) {
            this.anonymousEnabled = anonymousEnabled;
            return this;
        }

        /** The passive data ports, inclusive; {@code 0, 0} takes any free port. */
        public Builder passivePorts(int first, int last) {
            checkPort("passivePortFirst", first);
            checkPort("passivePortLast", last);
            this.passivePortFirst = first;
            this.passivePortLast = last;
            return this;
        }

        public Builder maxLogins(int maxLogins) {
            return limits(limits.withMaxLogins(maxLogins));
        }

        public Builder idleTimeout(Duration idleTimeout) {
            return limits(limits.withIdleTimeout(idleTimeout));
        }

        /** All the limits at once; see {@link FtpLimits}. */
        public Builder limits(FtpLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public FtpServerConfig build() {
            return new FtpServerConfig(
                    bindAddress,
                    port,
                    root,
                    new ArrayList<>(accounts.values()),
                    anonymousEnabled,
                    passivePortFirst,
                    passivePortLast,
                    limits);
        }
    }
}
