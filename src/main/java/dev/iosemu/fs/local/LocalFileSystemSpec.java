package dev.iosemu.fs.local;

import java.util.List;
import java.util.Objects;

/**
 * What a device declares about one local file system; {@link DeviceFileSystems} creates it from this.
 *
 * @param prefix the canonical prefix with its colon ({@code flash0:})
 * @param aliases other prefixes for it ({@code flash:})
 * @param sizeBytes capacity; 0 for opaque file systems, which print {@code -} for size and free
 * @param isDefault the file system marked {@code *}, used for names without a prefix
 * @param bootable marked {@code #} after its prefix in {@code show file systems}
 */
public record LocalFileSystemSpec(
        String prefix,
        List<String> aliases,
        FileSystemType type,
        long sizeBytes,
        AccessMode access,
        boolean isDefault,
        boolean bootable) {

    public LocalFileSystemSpec {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(access, "access");
        aliases = List.copyOf(aliases);
        if (!prefix.matches("[a-z][a-z0-9-]*:")) {
            throw new IllegalArgumentException("prefix must be lower-case letters/digits then ':': " + prefix);
        }
        if (sizeBytes < 0 || (type != FileSystemType.OPAQUE && sizeBytes == 0)) {
            throw new IllegalArgumentException("size of " + prefix + " must be positive: " + sizeBytes);
        }
    }

    /** A read-write, non-default, non-bootable file system. */
    public static LocalFileSystemSpec of(String prefix, FileSystemType type, long sizeBytes) {
        return new LocalFileSystemSpec(prefix, List.of(), type, sizeBytes, AccessMode.READ_WRITE, false, false);
    }

    /** Whether {@code show file systems} prints a size (opaque ones print {@code -}). */
    public boolean hasSize() {
        return sizeBytes > 0;
    }

    public LocalFileSystemSpec withAliases(String... newAliases) {
        return new LocalFileSystemSpec(prefix, List.of(newAliases), type, sizeBytes, access, isDefault, bootable);
    }

    public LocalFileSystemSpec withAccess(AccessMode newAccess) {
        return new LocalFileSystemSpec(prefix, aliases, type, sizeBytes, newAccess, isDefault, bootable);
    }

    public LocalFileSystemSpec asDefault() {
        return new LocalFileSystemSpec(prefix, aliases, type, sizeBytes, access, true, bootable);
    }

    public LocalFileSystemSpec asBootable() {
        return new LocalFileSystemSpec(prefix, aliases, type, sizeBytes, access, isDefault, true);
    }

    /** How {@code dir} shows a file's or directory's access here: {@code -rwx} on flash, {@code -rw-} elsewhere. */
    String permissions(boolean directory) {
        return (directory ? "d" : "-")
                + (access.canRead() ? "r" : "-")
                + (access.canWrite() ? "w" : "-")
                + (type == FileSystemType.FLASH ? "x" : "-");
    }
}
