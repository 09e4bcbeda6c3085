package dev.iosemu.device;

import dev.iosemu.image.ImageSpec;
import java.util.Objects;

/** A file placed on the device when it is created: a synthetic image, a text file or a directory. */
public sealed interface InitialFile {
    /** The IOS path, with a prefix ({@code flash0:c1900.bin}, {@code nvram:x}). */
    String path();

    /**
     * A synthetic image built at creation.
     *
     * @param path where
     * @param spec what to build
     */
    record Image(String path, ImageSpec spec) implements InitialFile {
        public Image {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(spec, "spec");
        }
    }

    /**
     * A synthetic image whose payload no longer matches its embedded hash, for a lesson in recovery.
     *
     * @param path where
     * @param spec what it was built as
     */
    record CorruptImage(String path, ImageSpec spec) implements InitialFile {
        public CorruptImage {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(spec, "spec");
        }
    }

    /**
     * A file copied from the host as it is (any bytes: an image of another platform, a damaged one).
     *
     * @param path where
     * @param source the host file
     */
    record HostFile(String path, java.nio.file.Path source) implements InitialFile {
        public HostFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * A text file.
     *
     * @param path where
     * @param content the text
     */
    record Text(String path, String content) implements InitialFile {
        public Text {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * An empty directory.
     *
     * @param path where
     */
    record Directory(String path) implements InitialFile {
        public Directory {
            Objects.requireNonNull(path, "path");
        }
    }
}
