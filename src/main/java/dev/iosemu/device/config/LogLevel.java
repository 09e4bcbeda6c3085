package dev.iosemu.device.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IOS's eight logging severities, 0 the gravest: a message goes to a destination whose level is its
 * severity or higher ({@code logging console warnings} shows levels 0 to 4). A message's severity is the
 * digit of its {@code %FACILITY-N-MNEMONIC}.
 */
public enum LogLevel {
    EMERGENCIES("System is unusable"),
    ALERTS("Immediate action needed"),
    CRITICAL("Critical conditions"),
    ERRORS("Error conditions"),
    WARNINGS("Warning conditions"),
    NOTIFICATIONS("Normal but significant conditions"),
    INFORMATIONAL("Informational messages"),
    DEBUGGING("Debugging messages");

    private static final Pattern SEVERITY = Pattern.compile("%[A-Z0-9_]+-([0-7])-[A-Z0-9_]+:");

    // made once: every device's command tree holds them (eight keywords under three logging commands)
    private final String word;
    private final String help;

    LogLevel(String description) {
        this.word = name().toLowerCase(Locale.ROOT);
        this.help = String.format(Locale.ROOT, "%-34s(severity=%d)", description, ordinal());
    }

    /** The keyword IOS types and shows ({@code informational}). */
    public String word() {
        return word;
    }

    /** The help line's text, as {@code logging console ?} lists it. */
    public String help() {
        return help;
    }

    public static LogLevel of(int severity) {
        return values()[severity];
    }

    /** Whether a destination at this level takes a message of {@code severity}. */
    public boolean admits(int severity) {
        return severity <= ordinal();
    }

    /** The severity of a log line ({@code *Mar  1 00:00:00.000: %SYS-5-CONFIG_I: ...} is 5), if it has one. */
    public static Optional<Integer> severityOf(String message) {
        Matcher m = SEVERITY.matcher(message);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
