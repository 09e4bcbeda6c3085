package dev.iosemu.fs.local;

import java.util.Locale;

/** The flags column of {@code show file systems}. */
public enum AccessMode {
    READ_WRITE("rw"),
    READ_ONLY("ro"),
    WRITE_ONLY("wo");

    private final String label;

    AccessMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canWrite() {
        return this != READ_ONLY;
    }

    public boolean canRead() {
        return this != WRITE_ONLY;
    }

    public static AccessMode fromLabel(String label) {
        for (AccessMode mode : values()) {
            if (mode.label.equals(label.toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown access flags: " + label);
    }
}
