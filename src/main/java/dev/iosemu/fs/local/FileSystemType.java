package dev.iosemu.fs.local;

import java.util.Locale;

/** The type column of {@code show file systems} for a local file system. */
public enum FileSystemType {
    /** ISR G2 / IOS-XE flash (FAT or ext): files print as {@code -rw-}. */
    DISK("disk"),
    /** Catalyst classic flashfs: files print as {@code -rwx}. */
    FLASH("flash"),
    USBFLASH("usbflash"),
    /** Flat configuration store. */
    NVRAM("nvram"),
    /** Virtual file systems such as {@code system:} whose files the device supplies. */
    OPAQUE("opaque");

    private final String label;

    FileSystemType(String label) {
        this.label = label;
    }

    /** The word IOS prints: {@code disk}, {@code flash}, {@code nvram}, {@code opaque}. */
    public String label() {
        return label;
    }

    /** Whether paths on this file system have no directories ({@code nvram:startup-config}). */
    public boolean isFlat() {
        return this == NVRAM || this == OPAQUE;
    }

    public static FileSystemType fromLabel(String label) {
        for (FileSystemType type : values()) {
            if (type.label.equals(label.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown file system type: " + label);
    }
}
