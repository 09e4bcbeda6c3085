package dev.iosemu.device.config;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where the device's log messages go, as the {@code logging} global commands set it: the console ({@code no
 * logging console} silences it, {@code logging console LEVEL} keeps only messages that grave) and the local
 * buffer {@code show logging} prints ({@code logging buffered [SIZE] [LEVEL]}, off by default). Immutable.
 *
 * @param console whether log messages show on the console line
 * @param consoleLevel the least grave severity the console shows
 * @param buffered whether they are kept in the buffer
 * @param bufferSize the buffer's size in bytes when {@code logging buffered SIZE} named one
 * @param bufferLevel the least grave severity the buffer keeps
 */
public record LoggingSettings(
        boolean console, LogLevel consoleLevel, boolean buffered, OptionalInt bufferSize, LogLevel bufferLevel) {
    /** The buffer size IOS uses when {@code logging buffered} names none. */
    public static final int DEFAULT_BUFFER_SIZE = 4096;

    /** A factory device: console logging on at level debugging, no buffer. */
    public static LoggingSettings defaults() {
        return new LoggingSettings(true, LogLevel.DEBUGGING, false, OptionalInt.empty(), LogLevel.DEBUGGING);
    }

    /** {@code logging console} (back to level debugging), or {@code no logging console} with {@code on} false. */
    public LoggingSettings withConsole(boolean on) {
        return new LoggingSettings(on, LogLevel.DEBUGGING, buffered, bufferSize, bufferLevel);
    }

    /** {@code logging console LEVEL}. */
    public LoggingSettings withConsole(LogLevel level) {
        return new LoggingSettings(true, level, buffered, bufferSize, bufferLevel);
    }

    /** {@code logging buffered [SIZE]} (level debugging), or {@code no logging buffered} with {@code on} false. */
    public LoggingSettings withBuffered(boolean on, OptionalInt size) {
        return new LoggingSettings(console, consoleLevel, on, on ? size : OptionalInt.empty(), LogLevel.DEBUGGING);
    }

    /** {@code logging buffered [SIZE] LEVEL}. */
    public LoggingSettings withBuffered(OptionalInt size, LogLevel level) {
        return new LoggingSettings(console, consoleLevel, true, size, level);
    }

    /** Whether the console shows a message of {@code severity} (messages without one count as debugging). */
    public boolean consoleShows(int severity) {
        return console && consoleLevel.admits(severity);
    }

    /** Whether the buffer keeps a message of {@code severity}. */
    public boolean bufferKeeps(int severity) {
        return buffered && bufferLevel.admits(severity);
    }

    /** The lines a configuration shows for these settings, in IOS's order; none for the defaults. */
    List<String> render() {
        List<String> out = new ArrayList<>();
        if (buffered) {
            String size = bufferSize.isPresent() ? " " + bufferSize.getAsInt() : "";
            String level = bufferLevel == LogLevel.DEBUGGING ? "" : " " + bufferLevel.word();
            out.add("logging buffered" + size + level);
        }
        if (!console) {
            out.add("no logging console");
        } else if (consoleLevel != LogLevel.DEBUGGING) {
            out.add("logging console " + consoleLevel.word());
        }
        return out;
    }
}
