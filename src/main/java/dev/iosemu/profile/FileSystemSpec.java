package dev.iosemu.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One row of {@code show file systems}: a prefix with its aliases, type, size and flags. Rows are listed in
 * the order the device prints them.
 *
 * @param prefix the main prefix, with its colon ({@code flash0:})
 * @param aliases other prefixes naming the same file system ({@code flash:})
 * @param size capacity in bytes for local file systems; null for network and opaque ones, and for an empty
 *     slot ({@code flash1:} without a card)
 * @param isDefault the current default file system ({@code *} in the listing); exactly one per device
 * @param bootable marked {@code #} in the listing (a display marker; boot uses the default file system)
 */
public record FileSystemSpec(
        String prefix,
        List<String> aliases,
        Type type,
        Long size,
        Flags flags,
        @JsonProperty("default") boolean isDefault,
        boolean bootable) {
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]*:");

    /** The Type column. */
    public enum Type {
        DISK,
        FLASH,
        NVRAM,
        OPAQUE,
        NETWORK;

        /** True for types whose files live on the device (in memory, with a size). */
        public boolean isLocal() {
            return this == DISK || this == FLASH || this == NVRAM;
        }

        /** As the listing prints it: {@code disk}. */
        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The Flags column. */
    public enum Flags {
        RW,
        RO,
        WO;

        /** As the listing prints it: {@code rw}. */
        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates the prefixes and that only local file systems have a size. */
    public FileSystemSpec {
        Fields.matching("prefix", prefix, PREFIX, "a lower-case name ending in ':' like flash0:");
        aliases = Fields.list("aliases", aliases);
        for (int i = 0; i < aliases.size(); i++) {
            Fields.matching("aliases[" + i + "]", aliases.get(i), PREFIX, "a lower-case name ending in ':'");
        }
        Fields.required("type", type);
        if (size != null && !type.isLocal()) {
            throw new InvalidFieldException("size", "only disk, flash and nvram file systems have a size");
        }
        if (size != null) {
            Fields.positive("size", size);
        }
        flags = flags == null ? Flags.RW : flags;
    }

    /** The prefix followed by its aliases. */
    public List<String> allPrefixes() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(prefix);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /** True when files can live here: a local type with a size. */
    public boolean isMounted() {
        return type.isLocal() && size != null;
    }
}
