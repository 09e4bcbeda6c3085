package dev.iosemu.device;

import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.ExecTimeout;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.config.LogLevel;
import dev.iosemu.device.config.LoggingSettings;
import dev.iosemu.device.config.RunningConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The device's terminal lines: every open session ({@code show users}, log messages, what a reload drops),
 * and the console line itself, whose boot console a reload typed on a vty boots on, since ROMMON owns the
 * console. Thread-safe: {@code open} and {@code console} are guarded by {@code lock}; handles are called
 * outside it, since a handle may block on its terminal.
 */
public final class LineRegistry {
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<LineHandle> open = new LinkedHashSet<>();
    private final Map<String, Integer> uses = new HashMap<>(); // by line name (vty2): sessions ever opened
    private Console console; // guarded by lock; null until the console line is attached
    private final java.util.function.Supplier<LoggingSettings> logging;
    private final LogBuffer buffer = new LogBuffer();

    /** Lines whose log messages always show on the console (no configuration to ask). */
    public LineRegistry() {
        this(LoggingSettings::defaults);
    }

    /** Lines that ask {@code logging} where each log message goes ({@code no logging console}). */
    public LineRegistry(java.util.function.Supplier<LoggingSettings> logging) {
        this.logging = Objects.requireNonNull(logging, "logging");
    }

    private record Console(LineHandle line, BootConsole boot) {}

    /** A registration of one session; {@link #close} removes it and may be called more than once. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Lists {@code session} among the open lines until the returned registration is closed. */
    public Registration register(LineHandle session) {
        Objects.requireNonNull(session, "session");
        locked(() -> {
            uses.merge(session.line().name(), 1, Integer::sum);
            return open.add(session);
        });
        return () -> locked(() -> open.remove(session));
    }

    /** Makes {@code line} the device's console: vty reloads boot on {@code boot}, vty log messages show there. */
    public void attachConsole(LineHandle line, BootConsole boot) {
        Console attached = new Console(Objects.requireNonNull(line, "line"), Objects.requireNonNull(boot, "boot"));
        locked(() -> console = attached);
    }

    /** The console line's boot console, once the console is attached. */
    public Optional<BootConsole> consoleBoot() {
        return locked(() -> Optional.ofNullable(console).map(Console::boot));
    }

    /** How many sessions line {@code number} of {@code kind} has had ({@code show line}'s Uses). */
    public int uses(LineKind kind, int number) {
        return locked(() -> uses.getOrDefault(kind.keyword() + number, 0));
    }

    /** The open sessions, console first, then by kind and number. */
    public List<LineHandle> sessions() {
        List<LineHandle> sessions = locked(() -> new ArrayList<>(open));
        sessions.sort(Comparator.comparing((LineHandle h) -> h.line().kind())
                .thenComparingInt(h -> h.line().number()));
        return sessions;
    }

    /** The lowest vty number below {@code lineCount} with no session on it; empty when all are busy. */
    public OptionalInt freeVty(int lineCount) {
        Set<Integer> busy = new java.util.HashSet<>();
        for (LineHandle handle : sessions()) {
            if (handle.line().kind() == LineKind.VTY) {
                busy.add(handle.line().number());
            }
        }
        for (int number = 0; number < lineCount; number++) {
            if (!busy.contains(number)) {
                return OptionalInt.of(number);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * A log message about what {@code origin} did: shown on the origin when it is a console session (console
     * logging), else on the console line; a vty sees log messages only when it asks for them with {@code
     * terminal monitor}.
     */
    public void log(LineHandle origin, String message) {
        boolean onConsole = kept(message);
        LineHandle shown = origin.line().isConsole() ? origin : consoleLine().orElse(null);
        if (shown != null && onConsole) {
            shown.printAsync(message);
        }
        monitors(message, shown);
    }

    /**
     * A log message no session caused (a login over SSH): on the console line and on every session that
     * asked for log messages with {@code terminal monitor}.
     */
    public void logDevice(String message) {
        boolean onConsole = kept(message);
        LineHandle shown = consoleLine().orElse(null);
        if (shown != null && onConsole) {
            shown.printAsync(message);
        }
        monitors(message, shown);
    }

    private Optional<LineHandle> consoleLine() {
        return locked(() -> Optional.ofNullable(console)).map(Console::line);
    }

    private void monitors(String message, LineHandle alreadyShown) {
        for (LineHandle handle : sessions()) {
            if (handle != alreadyShown && !handle.line().isConsole() && handle.monitors()) {
                handle.printAsync(message);
            }
        }
    }

    /**
     * Drops each vty session that has waited for its user longer than its line's {@code exec-timeout} (ten
     * minutes unless configured; {@code 0 0} never), as IOS does. The console times out only when its line
     * has an {@code exec-timeout} of its own, so a local terminal left alone stays open.
     */
    public void dropIdle(RunningConfig config, Instant now) {
        for (LineHandle handle : sessions()) {
            Line line = handle.line();
            Optional<ExecTimeout> timeout = config.lines().blocks().stream()
                    .filter(block -> block.covers(line.kind(), line.number()))
                    .findFirst()
                    .flatMap(LineConfig::execTimeout)
                    .or(() -> line.kind() == LineKind.VTY ? Optional.of(ExecTimeout.DEFAULT) : Optional.empty());
            Optional<Duration> limit = timeout.flatMap(ExecTimeout::limit);
            Optional<Instant> last = handle.lastInput();
            if (limit.isPresent()
                    && last.isPresent()
                    && handle.awaitingInput()
                    && Duration.between(last.get(), now).compareTo(limit.get()) >= 0) {
                handle.disconnect();
            }
        }
    }

    /** The same for a message the device emits just as {@code origin}'s command ends: after its next prompt. */
    public void logAfterPrompt(LineHandle origin, String message) {
        if (origin.line().isConsole()) {
            if (kept(message)) {
                origin.printAfterPrompt(message);
            }
            return;
        }
        log(origin, message);
    }

    /** Counts and buffers {@code message} as the logging settings say; true when the console shows it. */
    private boolean kept(String message) {
        LoggingSettings settings = logging.get();
        buffer.add(message, settings);
        return settings.consoleShows(LogLevel.severityOf(message).orElse(LogLevel.DEBUGGING.ordinal()));
    }

    /** What {@code show logging} reports: the counts and the buffered messages. */
    public LogBuffer.Snapshot logSnapshot() {
        return buffer.snapshot();
    }

    /**
     * A log message about the device itself (an interface changing state): shown on the console line and on
     * every open session of the console, as {@code logging console} does.
     */
    public void logToConsole(String message) {
        Set<LineHandle> shown = new LinkedHashSet<>();
        locked(() -> Optional.ofNullable(console)).ifPresent(c -> shown.add(c.line()));
        sessions().stream().filter(h -> h.line().isConsole()).forEach(shown::add);
        shown.forEach(handle -> handle.printAsync(message));
    }

    /**
     * Drops the sessions a reload ends: every vty, and when a vty asked for the reload every session, the
     * console's included (the console line then boots the device and opens afresh).
     */
    void dropForReload(Line requester) {
        for (LineHandle handle : sessions()) {
            if (!requester.isConsole() || !handle.line().isConsole()) {
                handle.disconnect();
            }
        }
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
