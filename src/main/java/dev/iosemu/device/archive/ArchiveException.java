package dev.iosemu.device.archive;

/** An archive that cannot be installed: not an IOS image archive, or its image is missing or foreign. */
public final class ArchiveException extends Exception {
    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }
}
