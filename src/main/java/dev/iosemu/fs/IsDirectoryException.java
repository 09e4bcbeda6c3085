package dev.iosemu.fs;

import java.nio.file.FileSystemException;

/** A file operation named a directory ({@code Is a directory}); the JDK has no exception for it. */
public final class IsDirectoryException extends FileSystemException {
    public IsDirectoryException(String file) {
        super(file);
    }
}
