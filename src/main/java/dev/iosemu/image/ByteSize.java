package dev.iosemu.image;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses image sizes as {@code image build --size} takes them: {@code 1048576}, {@code 64K}, {@code 80M}, {@code 2G}. */
public final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?)(I?B)?");

    private ByteSize() {}

    /** Bytes for a count with an optional binary suffix K, M or G (also KB/KiB...); case-insensitive. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (expected like 1048576, 64K, 80M or 2G)");
        }
        int shift =
                switch (m.group(2)) {
                    case "K" -> 10;
                    case "M" -> 20;
                    case "G" -> 30;
                    default -> 0;
                };
        long count = Long.parseLong(m.group(1));
        if (count > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("size too large: '" + text + "'");
        }
        return count << shift;
    }
}
