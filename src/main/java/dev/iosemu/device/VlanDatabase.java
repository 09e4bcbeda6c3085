package dev.iosemu.device;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A switch's VLANs ({@code vlan N}, {@code name}): VLAN 1 always, others as configured. A Catalyst in VTP
 * server mode keeps them in {@code vlan.dat}, not in the running configuration: each change is stored there
 * ({@link #storeIn}), and the file is read back at boot ({@link #restore}). Thread-safe: changes and the store
 * are serialised by the database's lock; listeners are told after each change.
 */
public final class VlanDatabase {
    /** The VLAN every switch port starts in, which cannot be deleted. */
    public static final int DEFAULT_VLAN = 1;

    /**
     * A VLAN and its name.
     *
     * @param id the VLAN number
     * @param name its name ({@code default}, {@code VLAN0010} until named)
     */
    public record Vlan(int id, String name) {}

    private final ConcurrentNavigableMap<Integer, String> names = new ConcurrentSkipListMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private Consumer<List<Vlan>> store = vlans -> {}; // guarded by lock

    VlanDatabase() {
        names.put(DEFAULT_VLAN, "default");
    }

    /** Creates VLAN {@code id} with its default name unless it exists; true when it was created. */
    public boolean create(int id) {
        boolean created = locked(() -> {
            boolean made = names.putIfAbsent(id, String.format(Locale.ROOT, "VLAN%04d", id)) == null;
            if (made) {
                store.accept(all());
            }
            return made;
        });
        if (created) {
            changed();
        }
        return created;
    }

    /** Names VLAN {@code id}, creating it if needed. */
    public void name(int id, String name) {
        locked(() -> {
            names.put(id, name);
            store.accept(all());
            return null;
        });
        changed();
    }

    /** {@code no vlan N}: deletes the VLAN; false for VLAN 1, which stays. */
    public boolean delete(int id) {
        if (id == DEFAULT_VLAN) {
            return false;
        }
        locked(() -> {
            names.remove(id);
            store.accept(all());
            return null;
        });
        changed();
        return true;
    }

    /** Stores every change from now on with {@code store} ({@code vlan.dat}). */
    void storeIn(Consumer<List<Vlan>> store) {
        locked(() -> {
            this.store = store;
            return null;
        });
    }

    /** At boot: the VLANs stored, or the defaults (VLAN 1 alone) when none are; not stored again. */
    void restore(Optional<List<Vlan>> stored) {
        locked(() -> {
            names.clear();
            names.put(DEFAULT_VLAN, "default");
            stored.ifPresent(vlans -> vlans.forEach(vlan -> names.put(vlan.id(), vlan.name())));
            return null;
        });
        changed();
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Whether VLAN {@code id} exists. */
    public boolean exists(int id) {
        return names.containsKey(id);
    }

    /** Every VLAN, by number. */
    public List<Vlan> all() {
        return names.entrySet().stream()
                .map(e -> new Vlan(e.getKey(), e.getValue()))
                .toList();
    }

    /** Calls {@code listener} after every change. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
