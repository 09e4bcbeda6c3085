package dev.iosemu.device;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A switch's VLANs ({@code vlan N}, {@code name}): VLAN 1 always, others as configured. A Catalyst in VTP
 * server mode keeps them in {@code vlan.dat}, not in the running configuration: each change is stored there
 * ({@link #storeIn}), and the file is read back at boot ({@link #restore}). Thread-safe: each change and its
 * store are one step under the database's lock; listeners are told after it.
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
    private volatile Consumer<List<Vlan>> store = vlans -> {};

    VlanDatabase() {
        names.put(DEFAULT_VLAN, "default");
    }

    /** Creates VLAN {@code id} with its default name unless it exists; true when it was created. */
    public boolean create(int id) {
        return update(() -> names.putIfAbsent(id, String.format(Locale.ROOT, "VLAN%04d", id)) == null);
    }

    /** Names VLAN {@code id}, creating it if needed. */
    public void name(int id, String name) {
        update(() -> !name.equals(names.put(id, name)));
    }

    /** {@code no vlan N}: deletes the VLAN; false for VLAN 1, which stays. */
    public boolean delete(int id) {
        if (id == DEFAULT_VLAN) {
            return false;
        }
        update(() -> names.remove(id) != null);
        return true;
    }

    /** Stores every change from now on with {@code store} ({@code vlan.dat}); set before the device runs. */
    void storeIn(Consumer<List<Vlan>> store) {
        this.store = store;
    }

    /** At boot: the VLANs stored, or the defaults (VLAN 1 alone) when none are; not stored again. */
    void restore(Optional<List<Vlan>> stored) {
        lock.lock();
        try {
            names.clear();
            names.put(DEFAULT_VLAN, "default");
            stored.ifPresent(vlans -> vlans.forEach(vlan -> names.put(vlan.id(), vlan.name())));
        } finally {
            lock.unlock();
        }
        changed();
    }

    /** Applies {@code change}; when it changed the table, stores the table in the same step, then tells the listeners. */
    private boolean update(BooleanSupplier change) {
        boolean done;
        lock.lock();
        try {
            done = change.getAsBoolean();
            if (done) {
                store.accept(all());
            }
        } finally {
            lock.unlock();
        }
        if (done) {
            changed();
        }
        return done;
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
