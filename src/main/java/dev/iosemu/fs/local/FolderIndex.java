package dev.iosemu.fs.local;

import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The index numbers of the files in a host folder ({@link FolderVolume}), which a host file system does not
 * keep: a table from path to number, saved beside the state after each change so that {@code dir} shows the
 * same numbers after a restart. The table is only a record: at open it is reconciled with the folder, so
 * files a user dropped in get the next numbers (oldest first) and vanished ones are forgotten; a lost or
 * stale table costs only the numbering, never a file. Thread-safe: {@link #lock} guards the table.
 */
final class FolderIndex {
    private static final String HEADER = "iosemu index 1";

    private final Path root;
    private final Path table;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Long> numbers = new HashMap<>(); // guarded by lock
    private long next = 1; // guarded by lock
    private boolean dirty; // guarded by lock

    private FolderIndex(Path root, Path table) {
        this.root = root;
        this.table = table;
    }

    /** The table of {@code root}, read from {@code table} and reconciled with the folder. */
    static FolderIndex open(Path root, Path table) throws IOException {
        FolderIndex index = new FolderIndex(root, table);
        index.lock.lock();
        try {
            index.load();
            index.reconcile();
            index.save();
        } finally {
            index.lock.unlock();
        }
        return index;
    }

    /** The number of {@code file}; one it never had gets the next. */
    long of(Path file) throws IOException {
        lock.lock();
        try {
            String key = key(file);
            if (key.isEmpty()) {
                return 0; // the root, as jimfs numbers it
            }
            Long known = numbers.get(key);
            if (known != null) {
                return known;
            }
            numbers.put(key, next);
            dirty = true;
            save();
            return next++;
        } finally {
            lock.unlock();
        }
    }

    /** {@code file} is new (or replaced): it gets the next number. */
    void created(Path file) throws IOException {
        lock.lock();
        try {
            numbers.put(key(file), next++);
            dirty = true;
            save();
        } finally {
            lock.unlock();
        }
    }

    /** {@code from} and everything below it are now under {@code to}, keeping their numbers. */
    void moved(Path from, Path to) throws IOException {
        lock.lock();
        try {
            String source = key(from);
            String target = key(to);
            Map<String, Long> renamed = new HashMap<>();
            numbers.entrySet().removeIf(entry -> {
                String path = entry.getKey();
                if (path.equals(source) || path.startsWith(source + "/")) {
                    renamed.put(target + path.substring(source.length()), entry.getValue());
                    return true;
                }
                return false;
            });
            numbers.keySet().removeIf(path -> path.equals(target) || path.startsWith(target + "/"));
            numbers.putAll(renamed);
            dirty = true;
            save();
        } finally {
            lock.unlock();
        }
    }

    /** {@code file} and everything below it are going; saved with the next change or {@link #flush}. */
    void removed(Path file) {
        lock.lock();
        try {
            String key = key(file);
            dirty |= numbers.keySet().removeIf(path -> path.equals(key) || path.startsWith(key + "/"));
        } finally {
            lock.unlock();
        }
    }

    /** Saves the table if it changed. */
    void flush() throws IOException {
        lock.lock();
        try {
            save();
        } finally {
            lock.unlock();
        }
    }

    private String key(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private void load() throws IOException {
        if (!Files.isRegularFile(table)) {
            return;
        }
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("next ")) {
            return; // not ours, or from another version: reconcile numbers the folder afresh
        }
        next = Long.parseLong(lines.get(1).substring(5));
        for (String line : lines.subList(2, lines.size())) {
            int tab = line.indexOf('\t');
            numbers.put(unescape(line.substring(tab + 1)), Long.parseLong(line.substring(0, tab)));
        }
    }

    private void reconcile() throws IOException {
        List<Path> present;
        try (Stream<Path> walk = Files.walk(root)) {
            present = walk.filter(path -> !path.equals(root) && Listing.isVisible(root.relativize(path)))
                    .toList();
        }
        List<String> keys = present.stream().map(this::key).toList();
        dirty |= numbers.keySet().retainAll(keys);
        List<Path> unknown = new ArrayList<>(
                present.stream().filter(path -> !numbers.containsKey(key(path))).toList());
        unknown.sort(Comparator.comparing(FolderIndex::modified).thenComparing(this::key));
        for (Path path : unknown) {
            numbers.put(key(path), next++);
            dirty = true;
        }
    }

    private void save() throws IOException {
        if (!dirty) {
            return;
        }
        StringBuilder text =
                new StringBuilder(HEADER).append("\nnext ").append(next).append('\n');
        numbers.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> text.append(entry.getValue())
                .append('\t')
                .append(escape(entry.getKey()))
                .append('\n'));
        Files.createDirectories(table.getParent());
        Path staging = table.resolveSibling(LocalFileSystem.STAGING_PREFIX + table.getFileName());
        Files.deleteIfExists(staging);
        // not forced: a table lost to a power cut is rebuilt at the next start (see the class comment)
        AtomicWrite.writeUnforced(staging, table, text.toString().getBytes(StandardCharsets.UTF_8));
        dirty = false;
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).lastModifiedTime();
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static String escape(String path) {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String field) {
        return field.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }
}
