package dev.iosemu.cli;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Log lines a session shows after its next prompt, where a real console prints what the device emits as a
 * command ends. Thread-safe: any thread adds, the session thread takes.
 */
final class AfterPrompt {
    private final Queue<String> messages = new ConcurrentLinkedQueue<>();

    void add(String message) {
        messages.add(message);
    }

    /** The messages waiting for {@code prompt}, as shown: the prompt, then each on a line; empty if none. */
    String take(String prompt) {
        StringBuilder text = new StringBuilder();
        for (String message = messages.poll(); message != null; message = messages.poll()) {
            text.append(text.isEmpty() ? prompt + "\n" : "").append(message).append('\n');
        }
        return text.toString();
    }
}
