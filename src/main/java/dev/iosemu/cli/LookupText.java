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

    /**
     * What follows a lone EXEC word's failed lookup on a real 1941: IOS takes the word for a host three times
     * over, saying {@code % Bad IP address or host name} after the first try, listing the servers again under
     * the second, and giving up after the third. The first try's {@code Translating} line is already printed.
     */
    static String failedTries(String name, List<String> servers) {
        StringBuilder again = new StringBuilder();
        servers.forEach(server -> again.append(" (").append(server).append(')'));
        return "\n" + ErrorText.BAD_HOST
                + translating(name, servers) + "\n" + again + "\n"
                + translating(name, servers) + "\n\n" + ErrorText.UNKNOWN_HOST;
    }

    /** {@code Translating "NAME"...domain server (A) (B)}, without a line end. */
    static String translating(String name, List<String> servers) {
        StringBuilder text = new StringBuilder("Translating \"").append(name).append("\"...domain server");
        servers.forEach(server -> text.append(" (").append(server).append(')'));
        return text.toString();
    }
}
