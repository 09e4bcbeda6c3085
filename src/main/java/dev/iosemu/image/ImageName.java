package dev.iosemu.image;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cisco image file name, parsed and formatted: classic {@code c1900-universalk9-mz.SPA.157-3.M8.bin} or
 * {@code c2960x-universalk9-mz.152-7.E8.bin}, IOS-XE {@code isr4300-universalk9.17.09.04a.SPA.bin}.
 *
 * @param format the classic run-time format letters ({@code mz}); empty for IOS-XE bundles
 * @param signed whether the name carries {@code .SPA} (digitally signed)
 */
public record ImageName(String platform, String featureSet, String format, boolean signed, IosVersion version) {
    private static final Pattern CLASSIC = Pattern.compile(
            "([a-z0-9_]+)-([a-z0-9_]+)-([a-z]+)(\\.SPA)?\\.(\\d{3}-\\d+[a-z]?\\.[A-Z]+\\d*[a-z]?)\\.bin");
    private static final Pattern XE =
            Pattern.compile("([a-z0-9_]+)-([a-z0-9_]+)\\.(\\d{2}\\.\\d{2}\\.\\d{2}[a-z]?)(\\.SPA)?\\.bin");
    private static final Pattern CATALYST = Pattern.compile("c(2950|2960|3550|3560|3750).*");

    /** Checks the parts fit together: IOS-XE names have no format letters, classic ones need them. */
    public ImageName {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(format, "format");
        if (!ImageSpec.WORD.matcher(Objects.requireNonNullElse(platform, "")).matches()
                || !ImageSpec.WORD
                        .matcher(Objects.requireNonNullElse(featureSet, ""))
                        .matches()) {
            throw new IllegalArgumentException("bad platform or feature set: " + platform + ", " + featureSet);
        }
        if (format.isEmpty() != (version.family() == ImageFamily.IOS_XE)) {
            throw new IllegalArgumentException("format '" + format + "' does not fit version " + version);
        }
    }

    /** Parses a file name (without directory); empty when it does not follow the convention. */
    public static Optional<ImageName> parse(String fileName) {
        Matcher classic = CLASSIC.matcher(fileName);
        if (classic.matches()) {
            return IosVersion.fromFileToken(classic.group(5))
                    .map(v -> new ImageName(
                            classic.group(1), classic.group(2), classic.group(3), classic.group(4) != null, v));
        }
        Matcher xe = XE.matcher(fileName);
        if (xe.matches()) {
            return IosVersion.fromFileToken(xe.group(3))
                    .map(v -> new ImageName(xe.group(1), xe.group(2), "", xe.group(4) != null, v));
        }
        return Optional.empty();
    }

    /**
     * The name Cisco would give an image of this spec: ISR and IOS-XE images are signed ({@code .SPA}),
     * Catalyst switch images are not.
     */
    public static ImageName canonical(ImageSpec spec) {
        boolean xe = spec.family() == ImageFamily.IOS_XE;
        boolean signed = xe || !CATALYST.matcher(spec.platform()).matches();
        return new ImageName(spec.platform(), spec.featureSet(), xe ? "" : "mz", signed, spec.version());
    }

    /** The family the version belongs to. */
    public ImageFamily family() {
        return version.family();
    }

    /** The file name, exactly as parsed. */
    public String fileName() {
        String spa = signed ? ".SPA" : "";
        if (family() == ImageFamily.IOS_XE) {
            return platform + "-" + featureSet + "." + version.fileToken() + spa + ".bin";
        }
        return platform + "-" + featureSet + "-" + format + spa + "." + version.fileToken() + ".bin";
    }

    @Override
    public String toString() {
        return fileName();
    }
}
