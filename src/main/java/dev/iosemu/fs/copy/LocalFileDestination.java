package dev.iosemu.fs.copy;

import dev.iosemu.fs.local.LocalFileSystem;
import java.util.Objects;

/**
 * A file on a device file system. The copy writes a hidden staging file beside it and moves it onto
 * this name only when every byte arrived, so the old file stays intact until then.
 */
public record LocalFileDestination(LocalFileSystem fileSystem, String path) implements CopyDestination {
    public LocalFileDestination {
        Objects.requireNonNull(fileSystem, "fileSystem");
        if (!path.startsWith("/") || path.length() < 2) {
            throw new IllegalArgumentException("destination must be an absolute file path: " + path);
        }
    }

    /** The directory the file goes in. */
    String directory() {
        int slash = path.lastIndexOf('/');
        return slash == 0 ? "/" : path.substring(0, slash);
    }
}
