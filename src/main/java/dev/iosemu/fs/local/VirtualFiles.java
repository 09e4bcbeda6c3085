package dev.iosemu.fs.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Files of one file system whose content the device supplies on each read. Thread-safe (concurrent map). */
final class VirtualFiles {
    private record Mounted(long index, Supplier<String> content) {
        byte[] bytes() {
            return content.get().getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Map<String, Mounted> files = new ConcurrentHashMap<>();
    private final AtomicLong nextIndex = new AtomicLong(1);

    void mount(String path, Supplier<String> content) {
        if (!path.startsWith("/") || path.length() < 2) {
            throw new IllegalArgumentException("virtual file path must be absolute: " + path);
        }
        files.put(path, new Mounted(nextIndex.getAndIncrement(), content));
    }

    boolean contains(String path) {
        return files.containsKey(path);
    }

    byte[] content(String path) throws NoSuchFileException {
        return mounted(path).bytes();
    }

    FileEntry entry(String path, String permissions) throws NoSuchFileException {
        return entry(path, mounted(path), permissions);
    }

    List<FileEntry> entries(String permissions) {
        return files.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().index()))
                .map(e -> entry(e.getKey(), e.getValue(), permissions))
                .toList();
    }

    private Mounted mounted(String path) throws NoSuchFileException {
        Mounted mounted = files.get(path);
        if (mounted == null) {
            throw new NoSuchFileException(path);
        }
        return mounted;
    }

    private static FileEntry entry(String path, Mounted mounted, String permissions) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new FileEntry(mounted.index(), name, path, false, mounted.bytes().length, Optional.empty(), permissions);
    }
}
