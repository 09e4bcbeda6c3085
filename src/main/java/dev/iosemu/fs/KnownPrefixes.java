package dev.iosemu.fs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The local file-system prefixes one device knows, with their aliases ({@code flash:} for
 * {@code flash0:} on an ISR G2) and the default file system used for names without a prefix.
 * Immutable; the device builds it from its file systems.
 */
public final class KnownPrefixes {

    /** One local file system: its canonical prefix, aliases, and whether it is flat (no directories). */
    public record Entry(String prefix, List<String> aliases, boolean flat) {
        public Entry {
            checkPrefix(prefix);
            aliases = List.copyOf(aliases);
            aliases.forEach(KnownPrefixes::checkPrefix);
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byName;
    private final Entry defaultEntry;

    private KnownPrefixes(List<Entry> entries, String defaultPrefix) {
        this.entries = List.copyOf(entries);
        this.byName = index(this.entries);
        this.defaultEntry = byName.get(defaultPrefix.toLowerCase(Locale.ROOT));
        if (defaultEntry == null) {
            throw new IllegalArgumentException("default prefix " + defaultPrefix + " is not among " + byName.keySet());
        }
    }

    /** The prefixes of {@code entries}; {@code defaultPrefix} (or an alias) names the default one. */
    public static KnownPrefixes of(List<Entry> entries, String defaultPrefix) {
        return new KnownPrefixes(entries, defaultPrefix);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Entry defaultEntry() {
        return defaultEntry;
    }

    /** Looks up a prefix or alias (with its colon, any case). */
    public Optional<Entry> find(String prefixOrAlias) {
        return Optional.ofNullable(byName.get(prefixOrAlias.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Entry> index(List<Entry> entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry entry : entries) {
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(entry.prefix());
            for (String name : names) {
                if (map.put(name.toLowerCase(Locale.ROOT), entry) != null) {
                    throw new IllegalArgumentException("prefix " + name + " is declared twice");
                }
            }
        }
        return map;
    }

    private static void checkPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("[A-Za-z][A-Za-z0-9-]*:")) {
            throw new IllegalArgumentException("not a file-system prefix (letters, digits, '-', then ':'): " + prefix);
        }
    }

    @Override
    public String toString() {
        return "KnownPrefixes" + byName.keySet();
    }
}
