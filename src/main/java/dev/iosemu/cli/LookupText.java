package dev.iosemu.cli;

import java.util.List;

/**
 * What IOS prints while it asks its name servers for a host name (the broadcast address when none is
 * configured), and after the line when they answer.
 */
public final class LookupText {
    /** What follows the {@code Translating} line when a name server answered. */
    public static final String ANSWERED = " [OK]";

    private LookupText() {}

    /** {@code Translating "NAME"...domain server (A) (B)}, without a line end. */
    public static String translating(String name, List<String> servers) {
        StringBuilder text = new StringBuilder("Translating \"").append(name).append("\"...domain server");
        servers.forEach(server -> text.append(" (").append(server).append(')'));
        return text.toString();
    }
}
