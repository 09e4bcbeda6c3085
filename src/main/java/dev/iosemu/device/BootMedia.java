package dev.iosemu.device;

import dev.iosemu.fs.local.DeviceFileSystems;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The device's local file systems as the boot loader sees them: list a device, find a file, delete,
 * rename and erase. Paths are IOS paths such as {@code flash:c1900.bin}, {@code flash0:x} or
 * {@code flash:/x}; the device prefix must be a local file system.
 */
public interface BootMedia {
    /** The loader's view of {@code fileSystems}; thread-safe as they are. */
    static BootMedia over(DeviceFileSystems fileSystems) {
        return new FileSystemBootMedia(fileSystems);
    }

    /** The top-level entries of {@code device} (such as {@code flash:}) in index order; empty if no such device. */
    Optional<List<MediaEntry>> list(String device);

    /** The JDK path of an existing regular file named by an IOS path; empty when it does not exist. */
    Optional<Path> find(String iosPath);

    /** Total and free bytes of {@code device}; empty if no such device. */
    Optional<Space> space(String device);

    /** Deletes a file; false when it does not exist. */
    boolean delete(String iosPath) throws IOException;

    /** Renames a file within its device; false when the source does not exist. */
    boolean rename(String from, String to) throws IOException;

    /**
     * Starts writing file {@code iosPath} (a loader's {@code copy}); at {@link Replacement#commit} it appears
     * under its name, replacing an older one, in one step.
     */
    Replacement write(String iosPath) throws IOException;

    /** Creates directory {@code iosPath}; false when its device does not exist. */
    boolean mkdir(String iosPath) throws IOException;

    /**
     * Starts writing {@code fileName} on {@code device}; at {@link Replacement#commit} it becomes the only
     * file there, in one step (ROMMON {@code tftpdnld}).
     */
    Replacement replaceAll(String device, String fileName) throws IOException;

    /** A file being written that replaces a whole device's contents when committed. One thread uses it. */
    interface Replacement extends AutoCloseable {
        /** Where the bytes go. */
        WritableByteChannel channel();

        /** Erases everything else on the device and makes the file visible, as one step. */
        void commit() throws IOException;

        /** Discards the file unless committed; never throws. */
        @Override
        void close();
    }

    /**
     * The size of a device.
     *
     * @param total bytes in the file system
     * @param free bytes free
     */
    record Space(long total, long free) {
        public long used() {
            return total - free;
        }
    }
}
