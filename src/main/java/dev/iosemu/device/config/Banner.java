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
     * What a console shows as a session opens: the message of the day, then the login and exec banners (no
     * login is asked for, so all three come together), each followed by a blank line. Empty if none is set.
     */
    public static String greeting(Map<Banner, String> banners) {
        StringBuilder text = new StringBuilder();
        for (Banner banner : new Banner[] {MOTD, LOGIN, EXEC}) {
            String body = banners.get(banner);
            if (body != null) {
                text.append(body).append(body.endsWith("\n") ? "\n" : "\n\n");
            }
        }
        return text.toString();
    }
}
