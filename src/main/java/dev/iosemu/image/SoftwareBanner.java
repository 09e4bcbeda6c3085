package dev.iosemu.image;

import java.util.ArrayList;
import java.util.List;

/**
 * The software banner an image prints at boot and at the top of show version: version line(s), support
 * URL, copyright and compile line. Release numbers {@code (fcN)} are derived from the version so each image
 * always shows the same one.
 */
final class SoftwareBanner {
    private SoftwareBanner() {}

    static List<String> lines(ImageHeader header) {
        IosVersion version = header.version();
        String software = header.softwareFamily() + " Software (" + header.showVersionImageId() + "), Version "
                + version.text() + ", RELEASE SOFTWARE (fc" + releaseNumber(version) + ")";
        List<String> lines = new ArrayList<>();
        if (header.family() == ImageFamily.IOS_XE) {
            lines.add("Cisco IOS XE Software, Version " + version.padded());
            String train =
                    version.xeReleaseName().map(name -> " [" + name + "]").orElse("");
            lines.add("Cisco IOS Software" + train + ", " + software);
        } else {
            lines.add("Cisco IOS Software, " + software);
        }
        lines.add("Technical Support: http://www.cisco.com/techsupport");
        lines.add("Copyright (c) 1986-" + header.buildDate().getYear() + " by Cisco Systems, Inc.");
        lines.add(header.compiledLine());
        return List.copyOf(lines);
    }

    private static int releaseNumber(IosVersion version) {
        return 1 + Math.floorMod(version.text().hashCode(), 3);
    }
}
