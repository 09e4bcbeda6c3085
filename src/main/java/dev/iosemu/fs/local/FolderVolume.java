package dev.iosemu.fs.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;

/**
 * A file system's tree as plain files in a host folder ({@link DeviceStorage#folder}), which a user can
 * read and drop files into between runs. The host keeps no index numbers, so a {@link FolderIndex} does;
 * times come from the device clock as on the other volumes. Thread-safe as the host file system and the
 * index are.
 */
final class FolderVolume extends Volume {
    private final Path root;
    private final Clock clock;
    private final FolderIndex index;

    private FolderVolume(Path root, Clock clock, FolderIndex index) {
        this.root = root;
        this.clock = clock;
        this.index = index;
    }

    /** The volume in {@code root} (created if missing) with its index table in {@code table}. */
    static FolderVolume open(Path root, Path table, Clock clock) throws IOException {
        Path absolute = Files.createDirectories(root).toAbsolutePath().normalize();
        return new FolderVolume(absolute, clock, FolderIndex.open(absolute, table));
    }

    @Override
    Path root() {
        return root;
    }

    @Override
    boolean inHeap() {
        return false;
    }

    @Override
    Path resolve(String path) {
        Path resolved = root.resolve(path.substring(1)).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the file system: " + path);
        }
        return resolved;
    }

    @Override
    long index(Path file, BasicFileAttributes attributes) throws IOException {
        return index.of(file);
    }

    @Override
    void created(Path file) throws IOException {
        index.created(file);
    }

    @Override
    void moved(Path from, Path to) throws IOException {
        index.moved(from, to);
    }

    @Override
    void removing(Path file) {
        index.removed(file);
    }

    @Override
    void changed(Path directory) throws IOException {
        index.flush();
        if (!directory.equals(root) && Files.isDirectory(directory)) {
            // the host stamps the directory with its own time; the device shows its clock, as jimfs does
            Files.setLastModifiedTime(directory, FileTime.from(clock.instant()));
        }
    }

    @Override
    public void close() throws IOException {
        index.flush();
    }
}
