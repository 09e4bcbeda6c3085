package dev.iosemu.device;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The time stamp of console log messages: {@code *Mar  1 00:00:38.168} (the star means the clock is not set). */
public final class LogStamp {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss.SSS", Locale.ENGLISH);

    private LogStamp() {}

    /** {@code *Mar  1 00:00:38.168: } followed by {@code message}. */
    public static String line(Instant instant, ZoneId zone, String message) {
        return "*" + FORMAT.format(instant.atZone(zone)) + ": " + message;
    }
}
