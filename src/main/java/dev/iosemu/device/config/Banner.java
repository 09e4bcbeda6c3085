package dev.iosemu.device.config;

import java.util.Locale;
import java.util.Map;

/**
 * The banners a session shows ({@code banner exec|login|motd}), in the order {@code show running-config}
 * lists them. The text is kept exactly as typed between the delimiters, line breaks included.
 */
public enum Banner {
    EXEC,
    LOGIN,
    MOTD;

    /** The keyword after {@code banner}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The banners of {@code kinds} that are set, in that order, each followed by a blank line: what a console
     * shows as a session opens (the message of the day and the login banner before the login, the exec
     * banner after it). Empty if none is set.
     */
    public static String shown(Map<Banner, String> banners, Banner... kinds) {
        StringBuilder text = new StringBuilder();
        for (Banner banner : kinds) {
            String body = banners.get(banner);
            if (body != null) {
                text.append(body).append(body.endsWith("\n") ? "\n" : "\n\n");
            }
        }
        return text.toString();
    }
}
