package dev.iosemu.cli.commands.show;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Time as IOS prints it: {@code 14:25:41 UTC Tue Sep 15 2020} and {@code 2 weeks, 2 days, 18 hours, 23 minutes}. */
public final class IosTime {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM d yyyy", Locale.ENGLISH);

    private IosTime() {}

    /** {@code 14:25:41 UTC Tue Sep 15 2020}. */
    public static String timestamp(Instant instant, ZoneId zone) {
        ZonedDateTime time = instant.atZone(zone);
        return STAMP.format(time) + " " + zoneName(zone, instant) + " " + DATE.format(time);
    }

    /**
     * {@code 2 weeks, 2 days, 18 hours, 23 minutes}; zero parts are left out, but never the minutes (a real
     * ASR1002's {@code 11 weeks, 2 days, 3 hours, 0 minutes}, a real 2960's {@code 27 weeks, 4 days, 16 minutes}).
     */
    static String uptime(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long[] parts = {
            minutes / 525_600, minutes % 525_600 / 10_080, minutes % 10_080 / 1440, minutes % 1440 / 60, minutes % 60
        };
        String[] names = {"year", "week", "day", "hour", "minute"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0 || i == parts.length - 1) {
                out.add(parts[i] + " " + names[i] + (parts[i] == 1 ? "" : "s"));
            }
        }
        return String.join(", ", out);
    }

    /** The zone as IOS names it at {@code instant}: {@code UTC}, {@code CET}... */
    public static String zoneName(ZoneId zone, Instant instant) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(instant.atZone(zone));
    }
}
