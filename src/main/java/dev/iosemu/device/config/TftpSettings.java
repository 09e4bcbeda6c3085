package dev.iosemu.device.config;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code ip tftp ...} settings the TFTP client uses.
 *
 * @param blocksize {@code ip tftp blocksize} (RFC 2348 option), empty for the 512-byte default
 * @param sourceInterface {@code ip tftp source-interface}
 * @param windowsize {@code ip tftp windowsize} (RFC 7440 option), empty when not negotiated
 */
public record TftpSettings(OptionalInt blocksize, Optional<String> sourceInterface, OptionalInt windowsize) {
    /** The smallest and largest block sizes IOS accepts. */
    public static final int MIN_BLOCKSIZE = 512;

    public static final int MAX_BLOCKSIZE = 8192;

    public TftpSettings {
        Objects.requireNonNull(blocksize, "blocksize");
        Objects.requireNonNull(sourceInterface, "sourceInterface");
        Objects.requireNonNull(windowsize, "windowsize");
    }

    /** The factory settings: 512-byte blocks, no window, no source interface. */
    public static TftpSettings defaults() {
        return new TftpSettings(OptionalInt.empty(), Optional.empty(), OptionalInt.empty());
    }

    public TftpSettings withBlocksize(OptionalInt value) {
        return new TftpSettings(value, sourceInterface, windowsize);
    }

    public TftpSettings withSourceInterface(Optional<String> value) {
        return new TftpSettings(blocksize, value, windowsize);
    }

    public TftpSettings withWindowsize(OptionalInt value) {
        return new TftpSettings(blocksize, sourceInterface, value);
    }
}
