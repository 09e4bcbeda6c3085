package dev.iosemu.device;

import dev.iosemu.device.config.LogLevel;
import dev.iosemu.device.config.LoggingSettings;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The device's logging counts and local log buffer ({@code logging buffered}): the newest messages that fit
 * the configured size, oldest dropped first, as {@code show logging} lists them. Thread-safe.
 */
public final class LogBuffer {
    private final Deque<String> messages = new ArrayDeque<>();
    private long bytes;
    private long logged;
    private long consoleLogged;
    private long bufferLogged;

    /** What {@code show logging} prints from: the counts and, oldest first, the buffered messages. */
    public record Snapshot(long logged, long consoleLogged, long bufferLogged, List<String> messages) {}

    synchronized void add(String message, LoggingSettings settings) {
        logged++;
        int severity = LogLevel.severityOf(message).orElse(LogLevel.DEBUGGING.ordinal());
        if (settings.consoleShows(severity)) {
            consoleLogged++;
        }
        if (!settings.bufferKeeps(severity)) {
            return;
        }
        bufferLogged++;
        int size = settings.bufferSize().orElse(LoggingSettings.DEFAULT_BUFFER_SIZE);
        messages.addLast(message);
        bytes += message.length() + 1;
        while (bytes > size && !messages.isEmpty()) {
            bytes -= messages.removeFirst().length() + 1;
        }
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(logged, consoleLogged, bufferLogged, List.copyOf(messages));
    }
}
