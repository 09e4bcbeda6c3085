package dev.iosemu.device.boot;

import dev.iosemu.image.ImageHeader;
import java.util.Objects;

/**
 * What the boot loader starts: a classic IOS image file, an IOS-XE bundle, or an IOS-XE provisioning file
 * ({@code packages.conf}) naming the packages install mode expanded. Each names the software it runs by its
 * header, and the path as the loader named it ({@code flash0:c1900-...bin}), which show version prints.
 */
public sealed interface BootTarget {
    /** The file as named at boot. */
    String path();

    /** The software it runs. */
    ImageHeader header();

    /** A monolithic classic IOS image. */
    record Image(String path, ImageHeader header) implements BootTarget {
        public Image {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(header, "header");
        }
    }

    /** An IOS-XE bundle booted whole. */
    record Bundle(String path, ImageHeader header) implements BootTarget {
        public Bundle {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * An IOS-XE provisioning file ({@code packages.conf}); {@code header} is the software its packages
     * provide. Install mode writes it.
     */
    record ProvisioningFile(String path, ImageHeader header) implements BootTarget {
        public ProvisioningFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(header, "header");
        }
    }
}
