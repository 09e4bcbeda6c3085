package dev.iosemu.net.tftp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Serves an explicit set of files under alias names (IOS {@code tftp-server flash:FILE alias NAME}); any
 * other name is not found and writes are refused. Immutable and thread-safe.
 */
public final class AliasFileStore implements TftpFileStore {
    private final Map<String, Path> files;

    private AliasFileStore(Map<String, Path> files) {
        this.files = files;
    }

    /** A store serving each {@code aliases} key as the file its value names. */
    public static AliasFileStore of(Map<String, Path> aliases) {
        aliases.forEach((name, path) -> {
            Objects.requireNonNull(name, "alias");
            Objects.requireNonNull(path, "path of alias " + name);
        });
        return new AliasFileStore(Map.copyOf(aliases));
    }

    @Override
    public ReadableFile openRead(String name) throws TftpException {
        Path file = files.get(name);
        if (file == null) {
            throw TftpException.fileNotFound(name);
        }
        return PathReadableFile.open(file, name);
    }

    @Override
    public WritableFile openWrite(String name, OptionalLong size) throws TftpException {
        throw TftpException.accessViolation("Writing is not allowed: " + name);
    }
}
