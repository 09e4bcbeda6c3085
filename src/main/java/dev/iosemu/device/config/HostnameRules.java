package dev.iosemu.device.config;

/**
 * What a {@code hostname} may be, as IOS checks it: 1 to 63 characters (a DNS label), starting with a
 * letter, made of printable ASCII with no space, since the name is part of every prompt.
 */
public final class HostnameRules {
    /** The longest hostname IOS takes. */
    public static final int MAX_LENGTH = 63;

    private HostnameRules() {}

    /** Whether {@code name} is short enough (and not empty). */
    public static boolean fits(String name) {
        return !name.isEmpty() && name.length() <= MAX_LENGTH;
    }

    /** Whether every character of {@code name} is allowed and the first is a letter. */
    public static boolean legalCharacters(String name) {
        if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }

    /** Both checks. */
    public static boolean isLegal(String name) {
        return fits(name) && legalCharacters(name);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
