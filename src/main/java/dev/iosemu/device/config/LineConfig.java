package dev.iosemu.device.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@code line con 0} / {@code line vty 0 4} block. Its login is enforced as each session opens (see {@link
 * LineAccess}), its exec-timeout while the session waits for input, its transport input as a connection
 * picks a vty.
 *
 * @param kind console, aux or vty
 * @param first the first line number
 * @param last the last line number (equal to first for a single line)
 * @param password the line password, if any
 * @param login {@code login} (the line password) or {@code login local} (the {@code username} table)
 * @param execTimeout minutes and seconds, if configured
 * @param privilegeLevel {@code privilege level N}: the level a session starts at, if configured
 * @param loggingSynchronous {@code logging synchronous}
 * @param transportInput {@code transport input ...}, if configured
 * @param transportOutput the rest of another {@code transport} line ({@code output ssh}), kept as typed
 */
public record LineConfig(
        LineKind kind,
        int first,
        int last,
        Optional<StoredPassword> password,
        Login login,
        Optional<ExecTimeout> execTimeout,
        OptionalInt privilegeLevel,
        boolean loggingSynchronous,
        Optional<TransportInput> transportInput,
        Optional<String> transportOutput) {
    public LineConfig {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(execTimeout, "execTimeout");
        Objects.requireNonNull(privilegeLevel, "privilegeLevel");
        Objects.requireNonNull(transportInput, "transportInput");
        Objects.requireNonNull(transportOutput, "transportOutput");
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
     * An {@code exec-timeout MINUTES [SECONDS]} value; {@code 0 0} never times out.
     *
     * @param minutes minutes
     * @param seconds seconds
     */
    public record ExecTimeout(int minutes, int seconds) {
        /** What a line has when nothing is configured: ten minutes. */
        public static final ExecTimeout DEFAULT = new ExecTimeout(10, 0);

        /** The idle time allowed; empty for {@code 0 0} (never). */
        public Optional<Duration> limit() {
            Duration limit = Duration.ofMinutes(minutes).plusSeconds(seconds);
            return limit.isZero() ? Optional.empty() : Optional.of(limit);
        }
    }

    /** A line with nothing configured. */
    public static LineConfig bare(LineKind kind, int first, int last) {
        return new LineConfig(
                kind,
                first,
                last,
                Optional.empty(),
                Login.NONE,
                Optional.empty(),
                OptionalInt.empty(),
                false,
                Optional.empty(),
                Optional.empty());
    }

    /** How many lines the block covers. */
    public int count() {
        return last - first + 1;
    }

    /** Whether line {@code number} of {@code lineKind} belongs to this block. */
    public boolean covers(LineKind lineKind, int number) {
        return kind == lineKind && first <= number && number <= last;
    }

    /** The protocols a connection may come in by: all of them until {@code transport input} says otherwise. */
    public TransportInput allowedInput() {
        return transportInput.orElse(TransportInput.ALL);
    }

    /** The header, e.g. {@code line vty 0 4}. */
    public String header() {
        return "line " + kind.keyword() + " " + first + (last != first ? " " + last : "");
    }

    public LineConfig withPassword(Optional<StoredPassword> value) {
        return new LineConfig(
                kind,
                first,
                last,
                value,
                login,
                execTimeout,
                privilegeLevel,
                loggingSynchronous,
                transportInput,
                transportOutput);
    }

    public LineConfig withLogin(Login value) {
        return new LineConfig(
                kind,
                first,
                last,
                password,
                value,
                execTimeout,
                privilegeLevel,
                loggingSynchronous,
                transportInput,
                transportOutput);
    }

    public LineConfig withExecTimeout(Optional<ExecTimeout> value) {
        return new LineConfig(
                kind,
                first,
                last,
                password,
                login,
                value,
                privilegeLevel,
                loggingSynchronous,
                transportInput,
                transportOutput);
    }

    public LineConfig withPrivilegeLevel(OptionalInt value) {
        return new LineConfig(
                kind,
                first,
                last,
                password,
                login,
                execTimeout,
                value,
                loggingSynchronous,
                transportInput,
                transportOutput);
    }

    public LineConfig withLoggingSynchronous(boolean value) {
        return new LineConfig(
                kind,
                first,
                last,
                password,
                login,
                execTimeout,
                privilegeLevel,
                value,
                transportInput,
                transportOutput);
    }

    public LineConfig withTransportInput(Optional<TransportInput> value) {
        return new LineConfig(
                kind,
                first,
                last,
                password,
                login,
                execTimeout,
                privilegeLevel,
                loggingSynchronous,
                value,
                transportOutput);
    }

    /** Another {@code transport} line, {@code output ssh} say, kept as typed. */
    public LineConfig withTransportOutput(Optional<String> value) {
        return new LineConfig(
                kind,
                first,
                last,
                password,
                login,
                execTimeout,
                privilegeLevel,
                loggingSynchronous,
                transportInput,
                value);
    }
}
