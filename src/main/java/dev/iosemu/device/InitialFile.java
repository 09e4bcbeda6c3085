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
