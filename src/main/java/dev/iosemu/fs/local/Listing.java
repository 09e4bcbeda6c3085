package dev.iosemu.fs.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Builds {@link FileEntry} rows from the stored files of a {@link LocalFileSystem}. */
final class Listing {
    private Listing() {}

    /**
     * The entry of {@code path}. The index is the volume's: a per-file-system counter assigned when the
     * file is created (root 0, first file 1) and kept by a rename, as IOS flash indexes behave.
     */
    static FileEntry entry(LocalFileSystem fs, Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        boolean directory = attributes.isDirectory();
        Path fileName = path.equals(fs.root()) ? null : path.getFileName();
        return new FileEntry(
                fs.volume().index(path, attributes),
                fileName == null ? "" : fileName.toString(),
                fs.pathOf(path),
                directory,
                fs.volume().size(path, attributes),
                // NVRAM keeps no timestamps: IOS lists its files as <no date>.
                fs.spec().type() == FileSystemType.NVRAM
                        ? Optional.empty()
                        : Optional.of(attributes.lastModifiedTime().toInstant()),
                fs.permissions(directory));
    }

    /** The visible entries directly in {@code directory}, by index. */
    static List<FileEntry> list(LocalFileSystem fs, Path directory) throws IOException {
        List<Path> children;
        try (Stream<Path> stream = Files.list(directory)) {
            children = stream.filter(child -> isVisible(child.getFileName())).toList();
        }
        List<FileEntry> entries = new ArrayList<>();
        for (Path child : children) {
            entries.add(entry(fs, child));
        }
        entries.sort(Comparator.comparingLong(FileEntry::index));
        return entries;
    }

    /** Depth-first: each directory, then its contents, each level by index. */
    static List<FileEntry> walk(LocalFileSystem fs, Path directory) throws IOException {
        List<FileEntry> result = new ArrayList<>();
        for (FileEntry entry : list(fs, directory)) {
            result.add(entry);
            if (entry.directory()) {
                result.addAll(walk(fs, directory.resolve(entry.name())));
            }
        }
        return result;
    }

    /** The device's own names first ({@code nvram:startup-config} before a file copied there), as IOS lists them. */
    static List<FileEntry> merge(List<FileEntry> stored, List<FileEntry> virtual) {
        if (virtual.isEmpty()) {
            return stored;
        }
        List<FileEntry> all = new ArrayList<>(virtual);
        all.addAll(stored);
        return all;
    }

    /** Whether no name in {@code relative} is one of iosemu's own (staging files, journals). */
    static boolean isVisible(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(LocalFileSystem.HIDDEN_PREFIX)) {
                return false;
            }
        }
        return true;
    }
}
