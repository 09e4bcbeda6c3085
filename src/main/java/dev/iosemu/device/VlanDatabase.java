package dev.iosemu.device;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A switch's VLANs ({@code vlan N}, {@code name}): VLAN 1 always, others as configured. A Catalyst in VTP
 * server mode keeps them in {@code vlan.dat}, not in the running configuration; here they live as long as
 * the device. Thread-safe: the table is a concurrent map, each change one atomic step; listeners are told
 * after it.
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

    VlanDatabase() {
        names.put(DEFAULT_VLAN, "default");
    }

    /** Creates VLAN {@code id} with its default name unless it exists; true when it was created. */
    public boolean create(int id) {
        boolean created = names.putIfAbsent(id, String.format(Locale.ROOT, "VLAN%04d", id)) == null;
        if (created) {
            changed();
        }
        return created;
    }

    /** Names VLAN {@code id}, creating it if needed. */
    public void name(int id, String name) {
        names.put(id, name);
        changed();
    }

    /** {@code no vlan N}: deletes the VLAN; false for VLAN 1, which stays. */
    public boolean delete(int id) {
        if (id == DEFAULT_VLAN) {
            return false;
        }
        names.remove(id);
        changed();
        return true;
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
