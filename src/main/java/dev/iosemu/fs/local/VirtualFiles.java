package dev.iosemu.fs.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Files of one file system whose content the device supplies on each read. Thread-safe (concurrent map). */
final class VirtualFiles {
    private record Mounted(long index, Supplier<String> content) {}

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
        Mounted mounted = files.get(path);
        if (mounted == null) {
            throw new NoSuchFileException(path);
        }
        return mounted.content().get().getBytes(StandardCharsets.UTF_8);
    }

    FileEntry entry(String path, String permissions) throws NoSuchFileException {
        Mounted mounted = files.get(path);
        if (mounted == null) {
            throw new NoSuchFileException(path);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new FileEntry(mounted.index(), name, path, false, content(path).length, Optional.empty(), permissions);
    }

    List<FileEntry> entries(String permissions) throws NoSuchFileException {
        List<String> paths = files.keySet().stream()
                .sorted(Comparator.comparingLong(p -> files.get(p).index()))
                .toList();
        List<FileEntry> result = new ArrayList<>();
        for (String path : paths) {
            result.add(entry(path, permissions));
        }
        return result;
    }
}
