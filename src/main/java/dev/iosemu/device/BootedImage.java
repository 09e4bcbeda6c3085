package dev.iosemu.device;

import dev.iosemu.image.ImageHeader;
import java.util.Objects;

/**
 * The image IOS runs.
 *
 * @param path as named at boot ({@code flash0:c1900-...bin}); show version prints it
 * @param header its header
 */
public record BootedImage(String path, ImageHeader header) {
    public BootedImage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(header, "header");
    }
}
