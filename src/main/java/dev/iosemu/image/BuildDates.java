package dev.iosemu.image;

import java.time.LocalDateTime;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives a plausible, repeatable compile date from a version, so images built twice are identical. */
final class BuildDates {
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+).*");

    private BuildDates() {}

    static LocalDateTime defaultFor(IosVersion version) {
        Matcher m = MAJOR_MINOR.matcher(version.text());
        if (!m.matches()) {
            throw new IllegalStateException(version.text());
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        int year = version.family() == ImageFamily.IOS_XE
                ? 2016 + (major - 16) * 4 + (minor - 1) / 3
                : major >= 15 ? 2010 + minor : 2000 + minor;
        SplittableRandom random = new SplittableRandom(version.text().hashCode());
        return LocalDateTime.of(year, 1, 1, 0, 0)
                .plusDays(random.nextInt(365))
                .plusHours(random.nextInt(24))
                .plusMinutes(random.nextInt(60));
    }
}
