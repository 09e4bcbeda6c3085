package dev.iosemu.image;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IOS software version in its display form ({@code 15.7(3)M8}, {@code 17.9.4a}), with the other forms
 * Cisco prints: the file-name token ({@code 157-3.M8}, {@code 17.09.04a}) and the zero-padded IOS-XE form.
 */
public record IosVersion(String text) {
    private static final Pattern CLASSIC = Pattern.compile("(\\d{2})\\.(\\d)\\((\\d+[a-z]?)\\)([A-Z]+\\d*[a-z]?)");
    private static final Pattern XE = Pattern.compile("(\\d{2})\\.(\\d{1,2})\\.(\\d{1,2})([a-z]?)");
    private static final Pattern CLASSIC_TOKEN = Pattern.compile("(\\d{2})(\\d)-(\\d+[a-z]?)\\.([A-Z]+\\d*[a-z]?)");
    private static final Pattern XE_TOKEN = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{2})([a-z]?)");

    /** Validates the display form. */
    public IosVersion {
        if (text == null || !(CLASSIC.matcher(text).matches() || isXe(text))) {
            throw new IllegalArgumentException(
                    "not an IOS version: '" + text + "' (expected like 15.7(3)M8, 15.2(7)E8 or 17.9.4a)");
        }
    }

    /** Parses a display form such as {@code 15.2(7)E8}, or the padded IOS-XE form {@code 17.09.04a}. */
    public static IosVersion parse(String text) {
        if (text != null && isXe(text)) {
            Matcher m = matched(XE, text);
            return xe(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        return new IosVersion(text);
    }

    /** Parses the version token of a file name: {@code 157-3.M8} or {@code 17.09.04a}. */
    public static Optional<IosVersion> fromFileToken(String token) {
        Matcher classic = CLASSIC_TOKEN.matcher(token);
        if (classic.matches()) {
            return Optional.of(new IosVersion(
                    classic.group(1) + "." + classic.group(2) + "(" + classic.group(3) + ")" + classic.group(4)));
        }
        Matcher xe = XE_TOKEN.matcher(token);
        if (xe.matches()) {
            return Optional.of(xe(xe.group(1), xe.group(2), xe.group(3), xe.group(4)));
        }
        return Optional.empty();
    }

    /** The family the version syntax belongs to. */
    public ImageFamily family() {
        return isXe(text) ? ImageFamily.IOS_XE : ImageFamily.CLASSIC_IOS;
    }

    /** The version as file names write it: {@code 157-3.M8}, {@code 17.09.04a}. */
    public String fileToken() {
        if (family() == ImageFamily.IOS_XE) {
            return padded();
        }
        Matcher m = matched(CLASSIC, text);
        return m.group(1) + m.group(2) + "-" + m.group(3) + "." + m.group(4);
    }

    /**
     * The zero-padded form IOS-XE prints on the first show-version line ({@code 17.09.04a}); classic versions
     * have a single form and return {@link #text()}.
     */
    public String padded() {
        if (family() == ImageFamily.CLASSIC_IOS) {
            return text;
        }
        Matcher m = matched(XE, text);
        return m.group(1) + "." + twoDigits(m.group(2)) + "." + twoDigits(m.group(3)) + m.group(4);
    }

    /** The IOS-XE release name shown in brackets ({@code [Cupertino]}), when the train is known. */
    public Optional<String> xeReleaseName() {
        if (family() != ImageFamily.IOS_XE) {
            return Optional.empty();
        }
        Matcher m = matched(XE, text);
        return XeReleaseNames.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether this IOS-XE release is {@code major.minor} or later; false for classic IOS. */
    public boolean xeAtLeast(int major, int minor) {
        if (family() != ImageFamily.IOS_XE) {
            return false;
        }
        Matcher m = matched(XE, text);
        int ownMajor = Integer.parseInt(m.group(1));
        return ownMajor > major || (ownMajor == major && Integer.parseInt(m.group(2)) >= minor);
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean isXe(String text) {
        return XE.matcher(text).matches();
    }

    private static IosVersion xe(String major, String minor, String patch, String letter) {
        return new IosVersion(
                Integer.parseInt(major) + "." + Integer.parseInt(minor) + "." + Integer.parseInt(patch) + letter);
    }

    private static Matcher matched(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException(text);
        }
        return m;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
