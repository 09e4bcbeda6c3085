package dev.iosemu.device.install;

import dev.iosemu.image.BundleExpansion;
import dev.iosemu.image.ImageHeader;
import java.util.Objects;

/**
 * A bundle on the boot device that {@code install add} or {@code request platform software package expand}
 * accepted: sound header, this platform, IOS-XE, whole.
 *
 * @param typed the path as typed ({@code bootflash:isr4300-universalk9.17.09.04a.SPA.bin})
 * @param path its path on the boot device ({@code /isr4300-universalk9.17.09.04a.SPA.bin})
 * @param header its header
 */
public record Bundle(String typed, String path, ImageHeader header) {
    public Bundle {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(header, "header");
    }

    /** How it expands. */
    public BundleExpansion expansion() {
        return new BundleExpansion(header);
    }

    /** Its file name. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
