package dev.iosemu.profile;

import java.util.List;

/**
 * The boot loader's identity.
 *
 * @param version the first line printed at power-on ({@code System Bootstrap, Version 15.0(1r)M16, RELEASE
 *     SOFTWARE (fc1)})
 * @param bannerLines the lines printed after {@code version} before the image loads (may be empty)
 * @param showVersionLines what show version prints for it ({@code ROM: ...}, and {@code BOOTLDR: ...} on
 *     switches)
 */
public record RommonSpec(String version, List<String> bannerLines, List<String> showVersionLines) {
    /** Requires the version and at least one show-version line. */
    public RommonSpec {
        Fields.text("version", version);
        bannerLines = Fields.list("bannerLines", bannerLines);
        showVersionLines = Fields.nonEmpty("showVersionLines", showVersionLines);
    }
}
