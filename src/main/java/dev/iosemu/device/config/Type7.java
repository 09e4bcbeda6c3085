package dev.iosemu.device.config;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The reversible "type 7" password encoding IOS uses for {@code service password-encryption} and
 * {@code ip ftp password 7}: a two-digit decimal offset into a fixed 53-character key, then each
 * character XORed with the key from that offset on, written as two hex digits. It hides a password
 * from a glance over the shoulder and nothing more.
 */
public final class Type7 {
    private static final String KEY = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";
    private static final int MAX_SEED = 15;

    private Type7() {}

    /** Encodes {@code plain} starting at key offset {@code seed} (0 to 15, as IOS chooses). */
    public static String encode(String plain, int seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("type 7 seed must be 0..15: " + seed);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%02d", seed));
        for (int i = 0; i < plain.length(); i++) {
            int encoded = plain.charAt(i) ^ KEY.charAt((seed + i) % KEY.length());
            out.append(String.format(Locale.ROOT, "%02X", encoded & 0xff));
        }
        return out.toString();
    }

    /** Encodes {@code plain} with a seed derived from the text, so the same password renders the same way. */
    public static String encode(String plain) {
        return encode(plain, Math.floorMod(plain.hashCode(), MAX_SEED + 1));
    }

    /** Decodes a type 7 string; throws {@link IllegalArgumentException} when it is not one. */
    public static String decode(String encoded) {
        if (!isEncoded(encoded)) {
            throw new IllegalArgumentException("not a type 7 string: \"" + encoded + "\"");
        }
        int seed = Integer.parseInt(encoded.substring(0, 2));
        byte[] bytes = HexFormat.of().parseHex(encoded.substring(2));
        StringBuilder plain = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            plain.append((char) ((bytes[i] & 0xff) ^ KEY.charAt((seed + i) % KEY.length())));
        }
        return plain.toString();
    }

    /** Whether {@code text} has the shape of a type 7 string: two decimal digits then hex pairs. */
    public static boolean isEncoded(String text) {
        return text.length() >= 2
                && text.length() % 2 == 0
                && text.substring(0, 2).chars().allMatch(Character::isDigit)
                && Integer.parseInt(text.substring(0, 2)) <= MAX_SEED
                && text.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
