package dev.iosemu.fs;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The IOS reason strings for file-system failures, the text in parentheses of
 * {@code %Error opening flash:/x (No such file or directory)}. The one place these strings live;
 * the command layer adds the {@code %Error <verb> <location>} part.
 */
public final class FsErrors {
    public static final String NO_SUCH_FILE = "No such file or directory";
    public static final String FILE_EXISTS = "File exists";
    public static final String DIRECTORY_NOT_EMPTY = "Directory not empty";
    public static final String NOT_A_DIRECTORY = "Not a directory";
    public static final String IS_A_DIRECTORY = "Is a directory";
    public static final String PERMISSION_DENIED = "Permission denied";
    public static final String READ_ONLY = "Read-only file system";
    public static final String NOT_ENOUGH_SPACE = "Not enough space on device";
    public static final String INTERRUPTED = "Interrupted";
    public static final String TIMED_OUT = "Timed out";
    public static final String CONNECTION_REFUSED = "Connection refused by remote host";
    public static final String NO_ROUTE = "No route to host";
    public static final String UNKNOWN_HOST = "Cannot resolve domain name";
    public static final String NOT_SUPPORTED = "Operation not supported";
    public static final String IO_ERROR = "I/O error";
    public static final String INVALID_ARGUMENT = "Invalid argument";

    private FsErrors() {}

    /**
     * The IOS reason for {@code failure}, by its type; a foreign {@link FileSystemException} that carries a
     * reason keeps it.
     */
    public static String reason(IOException failure) {
        return switch (failure) {
            case NotEnoughSpaceException e -> NOT_ENOUGH_SPACE;
            case CopyCancelledException e -> INTERRUPTED;
            case IsDirectoryException e -> IS_A_DIRECTORY;
            case ReadOnlyException e -> READ_ONLY;
            case NotSupportedException e -> NOT_SUPPORTED;
            case NoSuchFileException e -> NO_SUCH_FILE;
            case FileAlreadyExistsException e -> FILE_EXISTS;
            case DirectoryNotEmptyException e -> DIRECTORY_NOT_EMPTY;
            case NotDirectoryException e -> NOT_A_DIRECTORY;
            case AccessDeniedException e -> PERMISSION_DENIED;
            case FileSystemException e -> e.getReason() != null ? e.getReason() : IO_ERROR;
            case SocketTimeoutException e -> TIMED_OUT;
            case ConnectException e -> CONNECTION_REFUSED;
            case NoRouteToHostException e -> NO_ROUTE;
            case UnknownHostException e -> UNKNOWN_HOST;
            default -> IO_ERROR;
        };
    }
}
