package dev.iosemu.device.boot;

import dev.iosemu.image.ImageHeader;
import java.util.List;

/**
 * The software banner of an image, printed when it starts and at the top of {@code show version}:
 * {@code Cisco IOS Software, C1900 Software (C1900-UNIVERSALK9-M), Version 15.7(3)M8, RELEASE SOFTWARE (fc2)}.
 */
public final class ImageBanner {
    private ImageBanner() {}

    /** The banner lines, through the {@code Compiled ...} line (the image's own wording). */
    public static List<String> lines(ImageHeader header) {
        return header.softwareBanner();
    }

    /** The major.minor of the {@code version} line of the running config ({@code 15.7}, {@code 17.9}). */
    public static String configVersion(ImageHeader header) {
        String text = header.version().text();
        int firstDot = text.indexOf('.');
        int end = firstDot + 1;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }
}
