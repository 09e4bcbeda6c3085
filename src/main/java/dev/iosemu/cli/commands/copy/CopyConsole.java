package dev.iosemu.cli.commands.copy;

/**
 * The session a copy runs in, as the copy sees it: output and sub-prompts. The
 * command engine's context is adapted to it so the copy logic can be driven by tests directly.
 */
interface CopyConsole {
    /** Writes {@code text} at once ({@code \n} ends lines), so progress marks show as they come. */
    void print(String text);

    /** Asks {@code prompt} and returns the raw answer (empty for Enter). */
    String ask(String prompt);

    /** Asks {@code prompt} without echoing the answer ({@code Password:}). */
    default String askSecret(String prompt) {
        return ask(prompt);
    }

    /** The user logged in on the session's line, the default user name of SCP copies. */
    default java.util.Optional<String> user() {
        return java.util.Optional.empty();
    }

    /** A {@code [confirm]} question: Enter or {@code y} confirms. */
    boolean confirm(String prompt);

    /** Identifies the session, so debug output reaches the session that enabled it. */
    Object sessionKey();

    default void println(String text) {
        print(text + "\n");
    }
}
