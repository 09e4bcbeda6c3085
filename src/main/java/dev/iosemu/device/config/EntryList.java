package dev.iosemu.device.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Keyed lists of configuration entries ({@code ip host}, {@code username}) where a new entry replaces its old one. */
final class EntryList {
    private EntryList() {}

    /** A copy of {@code list} with the first element {@code same} accepts replaced where it stood, or appended. */
    static <T> List<T> replaceOrAdd(List<T> list, T entry, Predicate<T> same) {
        List<T> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) {
            if (same.test(copy.get(i))) {
                copy.set(i, entry);
                return copy;
            }
        }
        copy.add(entry);
        return copy;
    }
}
