package dev.iosemu.device.archive;

import dev.iosemu.image.ArchiveInfo;
import java.util.Objects;

/**
 * What examining an archive found: its top-level {@code info} and its image directory's.
 *
 * @param top the archive's {@code info}, with its size in bytes
 * @param topBytes the size of the top-level {@code info}
 * @param image the image directory's {@code info}
 * @param imageBytes the size of that {@code info}
 */
public record Examined(ArchiveInfo top, long topBytes, ArchiveInfo image, long imageBytes) {
    public Examined {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(image, "image");
    }

    /** The image directory ({@code c2960x-universalk9-mz.152-7.E8}). */
    public String directory() {
        return image.versionDirectory();
    }

    /** The image inside it, {@code DIR/DIR.bin}. */
    public String imageMember() {
        return image.imageMember().orElseThrow();
    }
}
