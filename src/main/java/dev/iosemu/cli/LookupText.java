package dev.iosemu.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What IOS prints while it asks its name servers for a host name (the broadcast address when none is
 * configured), and after the line when they answer.
 */
public final class LookupText {
    private LookupText() {}

    /**
     * Asks the name servers for {@code name} the way IOS shows it: the {@code Translating} line goes to
     * {@code print} before the (possibly slow) query, then {@code [OK]} if an answer came, then the line end.
     */
    public static <T> Optional<T> translate(
            String name, List<String> servers, Supplier<Optional<T>> query, Consumer<String> print) {
        print.accept(translating(name, servers));
        Optional<T> answer = query.get();
        print.accept(answer.isPresent() ? " [OK]\n" : "\n");
        return answer;
    }

    /** {@code Translating "NAME"...domain server (A) (B)}, without a line end. */
    private static String translating(String name, List<String> servers) {
        StringBuilder text = new StringBuilder("Translating \"").append(name).append("\"...domain server");
        servers.forEach(server -> text.append(" (").append(server).append(')'));
        return text.toString();
    }
}
