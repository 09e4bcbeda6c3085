package dev.iosemu.fs.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Saves a file system's stored files to a host directory and loads them back. Layout:
 * {@code <dir>/<prefix without colon>/files...} plus {@code <dir>/<prefix>.order}, the paths in index
 * order, so a restore recreates files in the same relative index order (absolute numbers restart).
 */
final class Snapshots {
    private Snapshots() {}

    static void save(LocalFileSystem fs, Path hostDirectory) throws IOException {
        String name = folderName(fs);
        Path folder = hostDirectory.resolve(name);
        Files.createDirectories(folder);
        List<FileEntry> entries = new ArrayList<>(fs.walk());
        entries.removeIf(entry -> fs.isVirtual(entry.path()));
        entries.sort(Comparator.comparingLong(FileEntry::index));
        List<String> order = new ArrayList<>();
        for (FileEntry entry : entries) {
            order.add(entry.path());
            Path target = folder.resolve(entry.path().substring(1));
            if (entry.directory()) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(fs.path(entry.path()), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // Times last: adding a child to a directory touches the directory's time.
        for (FileEntry entry : entries) {
            FileTime time = FileTime.from(entry.modified().orElse(Instant.EPOCH));
            Files.setLastModifiedTime(folder.resolve(entry.path().substring(1)), time);
        }
        Files.write(hostDirectory.resolve(name + ".order"), order, StandardCharsets.UTF_8);
    }

    static void load(LocalFileSystem fs, Path hostDirectory) throws IOException {
        String name = folderName(fs);
        Path orderFile = hostDirectory.resolve(name + ".order");
        if (!Files.exists(orderFile)) {
            return;
        }
        Tree.deleteContents(fs.root());
        Path folder = hostDirectory.resolve(name);
        List<String> paths = Files.readAllLines(orderFile, StandardCharsets.UTF_8);
        for (String path : paths) {
            Path source = folder.resolve(path.substring(1));
            if (Files.isDirectory(source)) {
                Files.createDirectories(fs.path(path));
            } else {
                Files.copy(source, fs.path(path));
            }
        }
        for (String path : paths) {
            Files.setLastModifiedTime(fs.path(path), Files.getLastModifiedTime(folder.resolve(path.substring(1))));
        }
    }

    private static String folderName(LocalFileSystem fs) {
        return fs.prefix().substring(0, fs.prefix().length() - 1);
    }
}
