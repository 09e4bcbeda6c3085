package dev.iosemu.device.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code line con 0} / {@code line vty 0 4} block. The console enforces its login (see {@link
 * LineAccess}); the timeout is kept but not enforced.
 *
 * @param kind console, aux or vty
 * @param first the first line number
 * @param last the last line number (equal to first for a single line)
 * @param password the line password, if any
 * @param login {@code login} (the line password) or {@code login local} (the {@code username} table)
 * @param execTimeout minutes and seconds, if configured
 */
public record LineConfig(
        LineKind kind,
        int first,
        int last,
        Optional<StoredPassword> password,
        Login login,
        Optional<ExecTimeout> execTimeout,
        boolean loggingSynchronous,
        Optional<String> transport) {
    public LineConfig {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(execTimeout, "execTimeout");
    }

    /** The kinds of line IOS has. */
    public enum LineKind {
        CON("con"),
        AUX("aux"),
        VTY("vty");

        private final String keyword;

        LineKind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** How a line checks who logs in. */
    public enum Login {
        /** No {@code login} line. */
        NONE,
        /** {@code login}: the line password. */
        LINE,
        /** {@code login local}: the {@code username} table. */
        LOCAL
    }

    /**
     * An {@code exec-timeout MINUTES [SECONDS]} value.
     *
     * @param minutes minutes
     * @param seconds seconds
     */
    public record ExecTimeout(int minutes, int seconds) {}

    /** A line with nothing configured. */
    public static LineConfig bare(LineKind kind, int first, int last) {
        return new LineConfig(
                kind, first, last, Optional.empty(), Login.NONE, Optional.empty(), false, Optional.empty());
    }

    /** How many lines the block covers. */
    public int count() {
        return last - first + 1;
    }

    /** The header, e.g. {@code line vty 0 4}. */
    public String header() {
        return "line " + kind.keyword() + " " + first + (last != first ? " " + last : "");
    }

    public LineConfig withPassword(Optional<StoredPassword> value) {
        return new LineConfig(kind, first, last, value, login, execTimeout, loggingSynchronous, transport);
    }

    public LineConfig withLogin(Login value) {
        return new LineConfig(kind, first, last, password, value, execTimeout, loggingSynchronous, transport);
    }

    public LineConfig withExecTimeout(Optional<ExecTimeout> value) {
        return new LineConfig(kind, first, last, password, login, value, loggingSynchronous, transport);
    }

    public LineConfig withLoggingSynchronous(boolean value) {
        return new LineConfig(kind, first, last, password, login, execTimeout, value, transport);
    }

    /** {@code transport input ssh} is kept as {@code input ssh}. */
    public LineConfig withTransport(Optional<String> value) {
        return new LineConfig(kind, first, last, password, login, execTimeout, loggingSynchronous, value);
    }
}
