package dev.iosemu.cli.commands.debug;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One device's debug switches and who sees their output: each session that turned a flag on receives
 * the lines of that flag; the session running the transfer gets them inline, the others as
 * asynchronous messages. Thread-safe: {@code subscribers} is guarded by {@code lock}; {@code on}, read without
 * it, is replaced under it after each change.
 */
public final class DebugHub {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Object, Subscriber> subscribers = new LinkedHashMap<>();
    // the flags some session has on, never changed once published: a transfer asks per packet, without the lock
    private volatile Set<DebugFlag> on = EnumSet.noneOf(DebugFlag.class);

    private record Subscriber(Set<DebugFlag> flags, Consumer<String> asyncOut) {}

    /** One session's place among the subscribers; closing it more than once is harmless. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Turns {@code flag} on for {@code session}, whose lines arrive through {@code asyncOut} when another
     * session transfers. Closing the returned subscription forgets the session and all its flags (done when
     * the session closes, so a closed session never receives another line).
     */
    public Subscription enable(Object session, DebugFlag flag, Consumer<String> asyncOut) {
        Objects.requireNonNull(session, "session");
        changing(() -> subscribers
                .computeIfAbsent(session, key -> new Subscriber(EnumSet.noneOf(DebugFlag.class), asyncOut))
                .flags()
                .add(flag));
        return () -> changing(() -> subscribers.remove(session));
    }

    /** How many sessions have a flag on or once had one and are still open. */
    public int subscribers() {
        return locked(subscribers::size);
    }

    /** Turns {@code flag} off for {@code session}. */
    public void disable(Object session, DebugFlag flag) {
        changing(() -> {
            Subscriber subscriber = subscribers.get(session);
            return subscriber != null && subscriber.flags().remove(flag);
        });
    }

    /** {@code undebug all}: every flag off, for every session, as IOS debugging is device-wide. */
    public void disableAll() {
        changing(() -> {
            subscribers.clear();
            return null;
        });
    }

    /** Whether any session has {@code flag} on (lets callers skip building lines nobody reads). */
    public boolean isOn(DebugFlag flag) {
        return on.contains(flag);
    }

    /** Whether {@code session} has {@code flag} on. */
    public boolean isOn(Object session, DebugFlag flag) {
        return locked(() -> {
            Subscriber subscriber = subscribers.get(session);
            return subscriber != null && subscriber.flags().contains(flag);
        });
    }

    /**
     * Delivers {@code line} of {@code flag}: to {@code current} through {@code inline} when that session
     * has the flag on, and to every other such session asynchronously. The lines are written outside
     * the lock, since an inline write may block on the terminal.
     */
    public void emit(DebugFlag flag, Object current, Consumer<String> inline, String line) {
        List<Consumer<String>> outs = locked(() -> {
            List<Consumer<String>> matching = new ArrayList<>();
            subscribers.forEach((session, s) -> {
                if (s.flags().contains(flag)) {
                    matching.add(session.equals(current) ? inline : s.asyncOut());
                }
            });
            return matching;
        });
        outs.forEach(out -> out.accept(line));
    }

    /** Runs a change of the subscribers and publishes the flags that are on after it. */
    private <T> T changing(Supplier<T> change) {
        return locked(() -> {
            T result = change.get();
            Set<DebugFlag> now = EnumSet.noneOf(DebugFlag.class);
            subscribers.values().forEach(s -> now.addAll(s.flags()));
            on = now;
            return result;
        });
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
