package dev.iosemu.image;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The header of a synthetic image: what the image is, how long its payload is and the payload's embedded MD5,
 * plus the strings show version and the boot banner derive from them.
 *
 * @param embeddedMd5 MD5 of the payload, 32 lower-case hex digits (the "Embedded Hash" of {@code verify})
 */
public record ImageHeader(
        String platform,
        IosVersion version,
        String featureSet,
        ImageFamily family,
        long payloadLength,
        LocalDateTime buildDate,
        String embeddedMd5) {
    /** Bytes in the fixed-size header region; the payload starts here. */
    public static final int SIZE = 512;

    private static final Pattern HEX_MD5 = Pattern.compile("[0-9a-f]{32}");
    private static final DateTimeFormatter COMPILED =
            DateTimeFormatter.ofPattern("EEE dd-MMM-yy HH:mm", Locale.ENGLISH);

    /** Validates like {@link ImageSpec} and checks the hash is 32 lower-case hex digits. */
    public ImageHeader {
        ImageSpec spec = new ImageSpec(platform, version, featureSet, family, payloadLength, buildDate);
        buildDate = spec.buildDate();
        if (embeddedMd5 == null || !HEX_MD5.matcher(embeddedMd5).matches()) {
            throw new IllegalArgumentException(
                    "embeddedMd5 must be 32 lower-case hex digits (was '" + embeddedMd5 + "')");
        }
    }

    /** The header without its hash. */
    public ImageSpec spec() {
        return new ImageSpec(platform, version, featureSet, family, payloadLength, buildDate);
    }

    /** Header plus payload: the size of a well-formed image file. */
    public long fileSize() {
        return SIZE + payloadLength;
    }

    /**
     * The image id in parentheses on the first show-version line: {@code C1900-UNIVERSALK9-M},
     * {@code C2960X-UNIVERSALK9-M}, {@code X86_64_LINUX_IOSD-UNIVERSALK9-M}.
     */
    public String showVersionImageId() {
        String base = family == ImageFamily.IOS_XE ? "X86_64_LINUX_IOSD" : platform.toUpperCase(Locale.ROOT);
        return base + "-" + featureSet.toUpperCase(Locale.ROOT) + "-M";
    }

    /** The software line before "Software (": {@code C1900}, {@code C2960X}, {@code ISR}. */
    public String softwareFamily() {
        if (family == ImageFamily.IOS_XE && platform.startsWith("isr")) {
            return "ISR";
        }
        return platform.toUpperCase(Locale.ROOT);
    }

    /** The compile line of show version and the boot banner: {@code Compiled Fri 05-Jun-15 12:31 by prod_rel_team}. */
    public String compiledLine() {
        String team = family == ImageFamily.IOS_XE ? "mcpre" : "prod_rel_team";
        return "Compiled " + COMPILED.format(buildDate) + " by " + team;
    }

    /**
     * The banner printed at boot and atop show version: {@code Cisco IOS Software, C1900 Software
     * (C1900-UNIVERSALK9-M), Version 15.7(3)M8, RELEASE SOFTWARE (fc1)} (IOS-XE: two version lines, padded
     * then plain), the support URL, copyright and compile line.
     */
    public List<String> softwareBanner() {
        return SoftwareBanner.lines(this);
    }

    /** The embedded hash as {@code verify} prints it (upper case). */
    public String embeddedMd5UpperCase() {
        return embeddedMd5.toUpperCase(Locale.ROOT);
    }
}
