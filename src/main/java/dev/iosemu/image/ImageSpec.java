package dev.iosemu.image;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to build: everything an image header says except the payload hash, which the writer computes.
 *
 * @param platform image platform in lower case ({@code c1900}, {@code c2960x}, {@code isr4300})
 * @param version the software version; its syntax must match {@code family}
 * @param featureSet feature set in lower case ({@code universalk9}, {@code lanbasek9})
 * @param family classic IOS or IOS-XE
 * @param payloadLength payload bytes after the fixed-size header
 * @param buildDate the "Compiled ..." time of show version, minute precision
 */
public record ImageSpec(
        String platform,
        IosVersion version,
        String featureSet,
        ImageFamily family,
        long payloadLength,
        LocalDateTime buildDate) {
    static final Pattern WORD = Pattern.compile("[a-z0-9_]{1,40}");
    /** The first build date an image may carry: the epoch its header counts from. */
    static final LocalDateTime EARLIEST_BUILD = LocalDateTime.of(1970, 1, 1, 0, 0);
    /** The last build date an image may carry: the last a four-digit year prints. */
    static final LocalDateTime LATEST_BUILD = LocalDateTime.of(9999, 12, 31, 23, 59, 59);

    /** Validates each field; the message names the field and the bad value. */
    public ImageSpec {
        requireWord("platform", platform);
        Objects.requireNonNull(version, "version");
        requireWord("featureSet", featureSet);
        Objects.requireNonNull(family, "family");
        if (family != version.family()) {
            throw new IllegalArgumentException("family " + family + " does not match version " + version);
        }
        if (payloadLength < 0) {
            throw new IllegalArgumentException("payloadLength must be >= 0 (was " + payloadLength + ")");
        }
        buildDate = Objects.requireNonNull(buildDate, "buildDate").truncatedTo(ChronoUnit.MINUTES);
        if (buildDate.isBefore(EARLIEST_BUILD) || buildDate.isAfter(LATEST_BUILD)) {
            throw new IllegalArgumentException(
                    "buildDate must be from " + EARLIEST_BUILD + " to " + LATEST_BUILD + " (was " + buildDate + ")");
        }
    }

    /** A spec with the family taken from the version syntax and a plausible build date derived from it. */
    public static ImageSpec of(String platform, String version, String featureSet, long payloadLength) {
        IosVersion parsed = IosVersion.parse(version);
        return new ImageSpec(
                platform, parsed, featureSet, parsed.family(), payloadLength, BuildDates.defaultFor(parsed));
    }

    /** Like {@link #of} but sized by the whole file (header included), as {@code image build --size} is. */
    public static ImageSpec ofFileSize(String platform, String version, String featureSet, long fileSize) {
        if (fileSize < ImageHeader.SIZE) {
            throw new IllegalArgumentException(
                    "image size must be >= " + ImageHeader.SIZE + " bytes (was " + fileSize + ")");
        }
        return of(platform, version, featureSet, fileSize - ImageHeader.SIZE);
    }

    /** The same spec with another build date. */
    public ImageSpec withBuildDate(LocalDateTime date) {
        return new ImageSpec(platform, version, featureSet, family, payloadLength, date);
    }

    /** Header plus payload. */
    public long fileSize() {
        return ImageHeader.SIZE + payloadLength;
    }

    /** The header this spec gets once its payload hash is known. */
    public ImageHeader withMd5(String embeddedMd5) {
        return new ImageHeader(platform, version, featureSet, family, payloadLength, buildDate, embeddedMd5);
    }

    private static void requireWord(String field, String value) {
        if (value == null || !WORD.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    field + " must be 1-40 lower-case letters, digits or '_' (was '" + value + "')");
        }
    }
}
