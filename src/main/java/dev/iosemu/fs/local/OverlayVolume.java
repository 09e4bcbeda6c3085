package dev.iosemu.fs.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link MemoryVolume} whose initial images are shared: each is an empty placeholder file in the tree
 * (so it has a name, an index, a time, and can be renamed like any file) whose bytes are an
 * {@link ImageStore} blob. The placeholder is known by its jimfs file key, which a rename keeps; deleting or
 * replacing it drops the blob, and from then on the name holds the device's own bytes. Thread-safe
 * (concurrent map).
 */
final class OverlayVolume extends MemoryVolume {
    private final Map<Object, ImageStore.Blob> shared = new ConcurrentHashMap<>();

    OverlayVolume(LocalFileSystemSpec spec, Clock clock) {
        super(spec, clock);
    }

    @Override
    long size(Path file, BasicFileAttributes attributes) {
        ImageStore.Blob blob = shared.get(attributes.fileKey());
        return blob != null ? blob.size() : super.size(file, attributes);
    }

    @Override
    Path readable(Path file) throws IOException {
        ImageStore.Blob blob = shared.get(key(file));
        return blob != null ? blob.path() : file;
    }

    @Override
    Optional<Path> placeShared(Path file, ImageStore.Blob blob) throws IOException {
        Files.createFile(file);
        shared.put(key(file), blob);
        return Optional.of(file);
    }

    @Override
    void removing(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            try (var below = Files.walk(file)) {
                for (Path each : (Iterable<Path>) below::iterator) {
                    shared.remove(key(each));
                }
            }
        } else {
            shared.remove(key(file));
        }
    }

    private static Object key(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
