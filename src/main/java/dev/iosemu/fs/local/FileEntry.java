package dev.iosemu.fs.local;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of {@code dir}: a file or directory with its stable index number.
 *
 * @param index the IOS file index, assigned when the file was created and kept across renames
 * @param path the absolute path within its file system ({@code /dir/file})
 * @param permissions {@code -rw-}, {@code -rwx}, {@code drw-}, {@code drwx}
 * @param size bytes for a file; 0 for a directory
 * @param modified empty for device-supplied files, which IOS lists as {@code <no date>}
 */
public record FileEntry(
        long index,
        String name,
        String path,
        boolean directory,
        long size,
        Optional<Instant> modified,
        String permissions) {}
