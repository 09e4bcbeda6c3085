package dev.iosemu.fs.copy;

import dev.iosemu.fs.local.LocalFileSystem;
import java.util.Objects;

/** A file on a device file system, including device-supplied ones such as {@code system:running-config}. */
public record LocalFileSource(LocalFileSystem fileSystem, String path) implements CopySource {
    public LocalFileSource {
        Objects.requireNonNull(fileSystem, "fileSystem");
        Objects.requireNonNull(path, "path");
    }
}
