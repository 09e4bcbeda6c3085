package dev.iosemu.cli.commands.show;

import dev.iosemu.device.DeviceClock;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code show clock}: {@code *00:01:02.345 UTC Mon Mar 1 1993}; the star says the time is not
 * authoritative (no NTP, never set by a user); it goes once {@code clock set} has run.
 */
final class ClockText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM d yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private ClockText() {}

    static String of(Clock clock) {
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        String zone = clock.getZone().normalized().equals(ZoneOffset.UTC) ? "UTC" : ZONE.format(now);
        String star = clock instanceof DeviceClock device && device.isSet() ? "" : "*";
        return star + TIME.format(now) + " " + zone + " " + DATE.format(now);
    }

    /**
     * The second line of {@code show clock detail}: a user-set clock, else the calendar chip, else none (a
     * Catalyst 2960 has no calendar).
     */
    static String source(DeviceClock clock) {
        if (clock.isSet()) {
            return "Time source is user configuration";
        }
        return clock.hasHardwareCalendar() ? "Time source is hardware calendar" : "No time source";
    }
}
