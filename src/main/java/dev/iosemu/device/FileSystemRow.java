package dev.iosemu.device;

import java.util.Objects;

/**
 * One row of {@code show file systems} as the profile lists it, in the device's order: a local file
 * system of the device with this prefix fills the row with its sizes, any other row prints dashes.
 *
 * @param prefix the prefix ({@code tftp:})
 * @param type the Type column ({@code network})
 * @param flags the Flags column ({@code rw})
 */
public record FileSystemRow(String prefix, String type, String flags) {
    public FileSystemRow {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(flags, "flags");
    }
}
