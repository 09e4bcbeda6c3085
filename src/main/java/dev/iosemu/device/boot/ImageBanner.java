package dev.iosemu.device.boot;

import dev.iosemu.image.ImageFamily;
import dev.iosemu.image.ImageHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * The software banner of an image, printed when it starts and at the top of {@code show version}:
 * {@code Cisco IOS Software, C1900 Software (C1900-UNIVERSALK9-M), Version 15.7(3)M8, RELEASE SOFTWARE (fc2)}.
 */
public final class ImageBanner {
    private ImageBanner() {}

    /** The banner lines, through the {@code Compiled ...} line. */
    public static List<String> lines(ImageHeader header) {
        List<String> out = new ArrayList<>();
        if (header.family() == ImageFamily.IOS_XE) {
            out.add("Cisco IOS XE Software, Version " + header.version().padded());
            String release = header.version()
                    .xeReleaseName()
                    .map(name -> " [" + name + "]")
                    .orElse("");
            out.add("Cisco IOS Software" + release + ", " + softwareLine(header, "fc3"));
        } else {
            out.add("Cisco IOS Software, " + softwareLine(header, "fc2"));
        }
        out.add("Technical Support: http://www.cisco.com/techsupport");
        out.add("Copyright (c) 1986-" + header.buildDate().getYear() + " by Cisco Systems, Inc.");
        out.add(header.compiledLine());
        return out;
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

    private static String softwareLine(ImageHeader header, String build) {
        return header.softwareFamily() + " Software (" + header.showVersionImageId() + "), Version "
                + header.version().text() + ", RELEASE SOFTWARE (" + build + ")";
    }
}
