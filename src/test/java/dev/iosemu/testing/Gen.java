package dev.iosemu.testing;

import java.util.List;
import java.util.Random;

/** Small generators of hostile text and bytes for the fuzz suites: noise, truncations and mutations. */
public final class Gen {
    /** Printable words and the characters that have meaning somewhere: pipes, regex, control characters. */
    public static final String ALPHABET =
            "abcdefghijklmnopqrstuvwxyz0123456789 ./:-|?!\"'\\^$*+()[]{}#%&@~,;<>=_\t\u0000\u0003\u0007\u001A\u001B\u007F"
                    + "\u00e9\u00ff\u20ac\ud83d\ude00";

    private Gen() {}

    /** {@code length} characters of {@link #ALPHABET}. */
    public static String noise(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** One of {@code seeds}, cut short, mutated in one to three places, or replaced by noise. */
    public static String line(Random random, List<String> seeds) {
        String seed = pick(random, seeds);
        return switch (random.nextInt(6)) {
            case 0 -> seed.substring(0, random.nextInt(seed.length() + 1));
            case 1, 2, 3 -> mutate(random, seed, 1 + random.nextInt(3));
            case 4 -> noise(random, random.nextInt(40));
            default -> seed + " " + noise(random, random.nextInt(12));
        };
    }

    /** {@code text} with {@code edits} random insertions, deletions or replacements. */
    public static String mutate(Random random, String text, int edits) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length() + 1);
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, c);
                case 1 -> out.replace(at, Math.min(at + 1, out.length()), "");
                default -> out.replace(at, Math.min(at + 1, out.length()), String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** {@code bytes} with {@code edits} random bytes overwritten. */
    public static byte[] mutate(Random random, byte[] bytes, int edits) {
        byte[] out = bytes.clone();
        for (int i = 0; i < edits && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    public static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
