package dev.iosemu.cli;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a session ends with (a debug subscription, a line registration): each hook runs once, when the session
 * closes, or at once if it has closed already. Thread-safe: hooks may be added and run from any thread.
 */
final class CloseHooks {
    private final AtomicBoolean closing = new AtomicBoolean();
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    void add(Runnable hook) {
        hooks.add(Objects.requireNonNull(hook, "hook"));
        if (closing.get() && hooks.remove(hook)) {
            hook.run();
        }
    }

    /** Runs every hook added so far, the first time it is called; later hooks run as they are added. */
    void close() {
        if (closing.compareAndSet(false, true)) {
            for (Runnable hook : hooks) {
                if (hooks.remove(hook)) {
                    hook.run();
                }
            }
        }
    }
}
