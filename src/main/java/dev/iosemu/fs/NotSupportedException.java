package dev.iosemu.fs;

import java.nio.file.FileSystemException;

/** An operation the device has no way to do, such as a copy between two servers ({@code Operation not supported}). */
public final class NotSupportedException extends FileSystemException {
    public NotSupportedException(String file) {
        super(file);
    }
}
