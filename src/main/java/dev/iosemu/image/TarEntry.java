package dev.iosemu.image;

import java.util.Objects;

/**
 * One member of a ustar archive (POSIX.1-1988): a regular file or a directory. Directory names end in
 * {@code /} as tar writes them.
 *
 * @param name the member's path inside the archive ({@code c2960x-universalk9-mz.152-7.E8/info})
 * @param size content bytes (0 for a directory)
 * @param directory whether the member is a directory
 * @param modified modification time in seconds since the epoch
 */
public record TarEntry(String name, long size, boolean directory, long modified) {
    /** The longest name ustar can hold: a 155-byte prefix, a slash and a 100-byte name. */
    static final int MAX_NAME = 256;

    /** Validates the name and size; a directory's name gets its trailing slash. */
    public TarEntry {
        Objects.requireNonNull(name, "name");
        if (directory && !name.endsWith("/")) {
            name = name + "/";
        }
        if (name.isEmpty() || name.startsWith("/") || name.length() > MAX_NAME || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("bad tar member name: '" + name + "'");
        }
        if (size < 0 || (directory && size != 0)) {
            throw new IllegalArgumentException("bad size " + size + " for tar member " + name);
        }
    }

    /** A regular file of {@code size} bytes. */
    public static TarEntry file(String name, long size, long modified) {
        return new TarEntry(name, size, false, modified);
    }

    /** A directory. */
    public static TarEntry directory(String name, long modified) {
        return new TarEntry(name, 0, true, modified);
    }

    /** The name without a directory's trailing slash. */
    public String path() {
        return directory ? name.substring(0, name.length() - 1) : name;
    }

    /** Bytes the member takes in the archive: its header block and its content padded to whole blocks. */
    public long archiveBytes() {
        return TarHeaderCodec.BLOCK + TarHeaderCodec.padded(size);
    }
}
