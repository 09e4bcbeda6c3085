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
     * The entry of {@code path}. The index is jimfs's file key: a per-file-system counter assigned when
     * the file is created (root 0, first file 1) and kept by a rename, as IOS flash indexes behave.
     */
    static FileEntry entry(LocalFileSystem fs, Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        boolean directory = attributes.isDirectory();
        Path fileName = path.getFileName();
        return new FileEntry(
                ((Number) attributes.fileKey()).longValue(),
                fileName == null ? "" : fileName.toString(),
                path.toString(),
                directory,
                directory ? 0 : attributes.size(),
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
            children = stream.filter(Listing::isVisible).toList();
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

    static List<FileEntry> merge(List<FileEntry> stored, List<FileEntry> virtual) {
        if (virtual.isEmpty()) {
            return stored;
        }
        List<FileEntry> all = new ArrayList<>(stored);
        all.addAll(virtual);
        return all;
    }

    private static boolean isVisible(Path path) {
        return !path.getFileName().toString().startsWith(LocalFileSystem.STAGING_PREFIX);
    }
}
