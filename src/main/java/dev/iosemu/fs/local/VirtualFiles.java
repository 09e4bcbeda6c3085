package dev.iosemu.fs.local;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Files of one file system that it does not store itself: content the device supplies on each read
 * ({@code system:running-config}), or a name that stands for a file of another file system (a 2960's {@code
 * nvram:startup-config}, which is {@code flash:config.text}). Always listed, at 0 bytes while the file behind a
 * link is absent. Thread-safe (concurrent map; a link's file system guards its own file).
 */
final class VirtualFiles {
    private sealed interface Source {
        long index();
    }

    private record Supplied(long index, Supplier<String> content) implements Source {
        byte[] bytes() {
            return content.get().getBytes(StandardCharsets.UTF_8);
        }
    }

    private record Linked(long index, LocalFileSystem target, String path, String permissions) implements Source {
        boolean present() {
            return target.exists(path) && !target.isDirectory(path);
        }
    }

    private final Map<String, Source> files = new ConcurrentHashMap<>();
    private final AtomicLong nextIndex = new AtomicLong(1);

    void mount(String path, Supplier<String> content) {
        files.put(checked(path), new Supplied(nextIndex.getAndIncrement(), content));
    }

    void link(String path, LocalFileSystem target, String targetPath, String permissions, long index) {
        files.put(checked(path), new Linked(index, target, targetPath, permissions));
    }

    boolean contains(String path) {
        return files.containsKey(path);
    }

    long size(String path) throws IOException {
        return switch (source(path)) {
            case Supplied supplied -> supplied.bytes().length;
            case Linked link -> link.present() ? link.target().size(link.path()) : 0;
        };
    }

    InputStream openRead(String path) throws IOException {
        return switch (source(path)) {
            case Supplied supplied -> new ByteArrayInputStream(supplied.bytes());
            case Linked link when link.permissions().charAt(1) != 'r' -> throw new AccessDeniedException(path);
            case Linked link -> link.present() ? link.target().openRead(link.path()) : InputStream.nullInputStream();
        };
    }

    /** The backing path to read a linked file through, if {@code path} is one. */
    Optional<Path> readablePath(String path) {
        return files.get(path) instanceof Linked link
                ? Optional.of(link.target().readablePath(link.path()))
                : Optional.empty();
    }

    /** Writes reach the file a link stands for; supplied content cannot be written. */
    Staging openStaged(String path) throws IOException {
        if (source(path) instanceof Linked link) {
            return link.target().openStaged(link.path());
        }
        throw new AccessDeniedException(path);
    }

    void delete(String path) throws IOException {
        if (!(source(path) instanceof Linked link)) {
            throw new AccessDeniedException(path);
        }
        if (!link.present()) {
            throw new NoSuchFileException(path);
        }
        link.target().delete(link.path());
    }

    FileEntry entry(String path, String permissions) throws IOException {
        return entry(path, source(path), permissions);
    }

    List<FileEntry> entries(String permissions) {
        return files.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().index()))
                .map(e -> entry(e.getKey(), e.getValue(), permissions))
                .toList();
    }

    private Source source(String path) throws NoSuchFileException {
        Source source = files.get(path);
        if (source == null) {
            throw new NoSuchFileException(path);
        }
        return source;
    }

    private static String checked(String path) {
        if (!path.startsWith("/") || path.length() < 2) {
            throw new IllegalArgumentException("virtual file path must be absolute: " + path);
        }
        return path;
    }

    private static FileEntry entry(String path, Source source, String permissions) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        long size;
        try {
            size = switch (source) {
                case Supplied supplied -> supplied.bytes().length;
                case Linked link -> link.present() ? link.target().size(link.path()) : 0;
            };
        } catch (IOException e) {
            size = 0; // the linked file went between the check and the read: listed as absent
        }
        String shown = source instanceof Linked link ? link.permissions() : permissions;
        return new FileEntry(source.index(), name, path, false, size, Optional.empty(), shown);
    }
}
