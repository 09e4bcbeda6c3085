package dev.iosemu.fs;

import java.nio.file.AccessDeniedException;

/** A write to a device file system that is read-only as a whole ({@code Read-only file system}). */
public final class ReadOnlyException extends AccessDeniedException {
    public ReadOnlyException(String file) {
        super(file);
    }
}
