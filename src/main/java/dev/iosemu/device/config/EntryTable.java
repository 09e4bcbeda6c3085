package dev.iosemu.device.config;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A keyed list of configuration entries ({@code ip host}, {@code username}, {@code ip route}) in the order
 * they were entered: a new entry replaces the one of the same key where it stood, or goes last. Every change
 * is O(log n) and shares the rest with the table it came from ({@link PersistentTree}), so replaying a
 * configuration of n entries takes O(n log n), not the O(n^2) of copying a list per command.
 *
 * <p>Immutable, hence thread-safe. {@link #asList()} is the read-only list view the configuration records
 * hold; {@link #of} turns such a view back into its table at no cost.
 */
final class EntryTable<V> {
    private final Function<V, String> key;
    private final PersistentTree<String, Long> positions;
    private final PersistentTree<Long, V> entries;
    private final long next;
    private final View<V> view = new View<>(this);

    private EntryTable(
            Function<V, String> key,
            PersistentTree<String, Long> positions,
            PersistentTree<Long, V> entries,
            long next) {
        this.key = key;
        this.positions = positions;
        this.entries = entries;
        this.next = next;
    }

    /**
     * The table of {@code list} under {@code key}: free when {@code list} is a view of a table with that same
     * key function, otherwise built entry by entry (a later entry replacing an earlier one of the same key).
     */
    static <V> EntryTable<V> of(List<V> list, Function<V, String> key) {
        if (list instanceof View<?> view && view.table().key == key) {
            @SuppressWarnings("unchecked")
            EntryTable<V> table = (EntryTable<V>) view.table();
            return table;
        }
        EntryTable<V> table = new EntryTable<>(key, PersistentTree.empty(), PersistentTree.empty(), 0);
        for (V entry : list) {
            table = table.put(entry);
        }
        return table;
    }

    /** {@code list} as an immutable list: a table's view as it is, any other list copied. */
    static <V> List<V> immutable(List<V> list) {
        return list instanceof View<?> ? list : List.copyOf(list);
    }

    /** The table with {@code entry} in place of the entry of its key, or appended. */
    EntryTable<V> put(V entry) {
        String k = key.apply(entry);
        Long position = positions.get(k);
        if (position != null) {
            return new EntryTable<>(key, positions, entries.put(position, entry), next);
        }
        return new EntryTable<>(key, positions.put(k, next), entries.put(next, entry), next + 1);
    }

    /** The table without the entry of {@code k}; this table when there is none. */
    EntryTable<V> remove(String k) {
        Long position = positions.get(k);
        if (position == null) {
            return this;
        }
        return new EntryTable<>(key, positions.remove(k), entries.remove(position), next);
    }

    Optional<V> get(String k) {
        Long position = positions.get(k);
        return position == null ? Optional.empty() : Optional.of(entries.get(position));
    }

    /** The entries in order, as a read-only list (the same list each time). */
    List<V> asList() {
        return view;
    }

    /** A read-only list over a table; equal to any list of the same entries in the same order. */
    private static final class View<V> extends AbstractList<V> implements RandomAccess {
        private final EntryTable<V> table;

        View(EntryTable<V> table) {
            this.table = table;
        }

        EntryTable<V> table() {
            return table;
        }

        @Override
        public V get(int index) {
            return table.entries.valueAt(index);
        }

        @Override
        public int size() {
            return table.entries.size();
        }

        @Override
        public Iterator<V> iterator() {
            return table.entries.values();
        }
    }
}
