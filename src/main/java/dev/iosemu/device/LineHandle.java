package dev.iosemu.device;

import java.time.Instant;
import java.util.Optional;

/**
 * An open session on one of the device's lines, as the device needs it: which line, a way to show it an
 * asynchronous message, and a way to drop it. The command layer's session implements it; every method may
 * be called from any thread.
 */
public interface LineHandle {
    /** The line the session runs on now (its user appears once logged in). */
    Line line();

    /** Shows {@code message} (a log line) above whatever the session is typing. */
    void printAsync(String message);

    /**
     * Shows {@code message} (a log line the device emits as a command ends) after the session's next prompt,
     * where a real console prints it; by default at once, as {@link #printAsync}.
     */
    default void printAfterPrompt(String message) {
        printAsync(message);
    }

    /** When the session last read a line or key from its user; empty if it does not keep count. */
    default Optional<Instant> lastInput() {
        return Optional.empty();
    }

    /** Whether the session asked for log messages ({@code terminal monitor}); the console always gets them. */
    default boolean monitors() {
        return false;
    }

    /**
     * Whether the session waits for its user now (at a prompt or a question), which is when an idle line
     * times out; a command running is not idle.
     */
    default boolean awaitingInput() {
        return false;
    }

    /** Drops the session, as a reload or {@code clear line} does: its command loop ends, its input hangs up. */
    void disconnect();
}
