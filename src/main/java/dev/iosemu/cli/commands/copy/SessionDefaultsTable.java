package dev.iosemu.cli.commands.copy;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The remembered copy defaults of each session of one device; a closed session's entry goes with it.
 * Thread-safe: {@code table} is guarded by {@code lock}; each entry is then used by its session only.
 */
final class SessionDefaultsTable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Object, SessionDefaults> table = new WeakHashMap<>();

    SessionDefaults of(Object session) {
        lock.lock();
        try {
            return table.computeIfAbsent(session, key -> new SessionDefaults());
        } finally {
            lock.unlock();
        }
    }
}
