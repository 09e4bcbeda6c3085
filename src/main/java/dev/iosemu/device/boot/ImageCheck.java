package dev.iosemu.device.boot;

import dev.iosemu.image.ImageHeader;

/** Why a boot candidate can or cannot be loaded, as the boot loader finds out. */
public sealed interface ImageCheck {
    /**
     * A sound image for this platform.
     *
     * @param header its header
     */
    record Bootable(ImageHeader header) implements ImageCheck {}

    /** No such file (or a directory). */
    record Missing() implements ImageCheck {}

    /**
     * The file is not an image at all.
     *
     * @param reason a few words for the message
     */
    record NotAnImage(String reason) implements ImageCheck {}

    /**
     * A sound image built for another platform.
     *
     * @param header its header
     */
    record WrongPlatform(ImageHeader header) implements ImageCheck {}

    /**
     * An image whose payload does not match its embedded hash or length.
     *
     * @param reason a few words for the message
     */
    record Corrupted(String reason) implements ImageCheck {}
}
