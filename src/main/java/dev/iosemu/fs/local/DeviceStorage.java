package dev.iosemu.fs.local;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a device keeps the stored files of its file systems. Whatever the choice, {@link LocalFileSystem}
 * behaves the same: it owns the sizes, free space, index numbers and staged writes, so {@code dir},
 * {@code show flash:} and full-disk errors do not depend on it.
 */
public sealed interface DeviceStorage {
    /** In the heap, one jimfs instance per file system; nothing outlives the process. */
    static DeviceStorage inMemory() {
        return new InMemory();
    }

    /**
     * In the heap as {@link #inMemory}, except that initial images are the shared bytes of {@code images}
     * until the device deletes or replaces them, so many devices cost one copy of each image.
     */
    static DeviceStorage overlay(ImageStore images) {
        return new Overlay(images);
    }

    /**
     * In host folders: the files of file system {@code flash0:} are plain files in {@code root/flash0},
     * and so on for each sized file system, every write crash-safe; the index numbers {@code dir} shows
     * are kept in {@code indexes}. With {@code restoring}, the folders hold a device already (its initial
     * files are not placed again).
     */
    static DeviceStorage folder(Path root, Path indexes, boolean restoring) {
        return new Folder(root, indexes, restoring);
    }

    /** The shared image bytes initial images come from, if this storage shares them. */
    default Optional<ImageStore> images() {
        return Optional.empty();
    }

    /** Whether the file systems already hold a device's files, so none are placed at creation. */
    default boolean restoring() {
        return false;
    }

    /** Today's behaviour: jimfs in the heap. */
    record InMemory() implements DeviceStorage {}

    /**
     * jimfs in the heap over shared, immutable image bytes.
     *
     * @param imageStore where initial images come from
     */
    record Overlay(ImageStore imageStore) implements DeviceStorage {
        public Overlay {
            Objects.requireNonNull(imageStore, "imageStore");
        }

        @Override
        public Optional<ImageStore> images() {
            return Optional.of(imageStore);
        }
    }

    /**
     * Plain files in host folders.
     *
     * @param root one sub-folder per file system, named by its prefix without the colon
     * @param indexes where each file system's table of index numbers is kept
     * @param restoring whether the folders already hold the device
     */
    record Folder(Path root, Path indexes, boolean restoring) implements DeviceStorage {
        public Folder {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(indexes, "indexes");
        }

        /** The folder of file system {@code prefix} ({@code flash0:} is {@code root/flash0}). */
        public Path folderOf(String prefix) {
            return root.resolve(prefix.substring(0, prefix.length() - 1));
        }
    }
}
