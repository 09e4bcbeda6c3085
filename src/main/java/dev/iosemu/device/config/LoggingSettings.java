package dev.iosemu.device.config;

import java.util.OptionalInt;

/**
 * Where the device's log messages go, as the {@code logging} global commands set it: the console ({@code no
 * logging console} silences it) and the local buffer {@code show logging} prints ({@code logging buffered
 * [SIZE]}, off by default). Immutable.
 *
 * @param console whether log messages show on the console line
 * @param buffered whether they are kept in the buffer
 * @param bufferSize the buffer's size in bytes when {@code logging buffered SIZE} named one
 */
public record LoggingSettings(boolean console, boolean buffered, OptionalInt bufferSize) {
    /** The buffer size IOS uses when {@code logging buffered} names none. */
    public static final int DEFAULT_BUFFER_SIZE = 4096;

    /** A factory device: console logging on, no buffer. */
    public static LoggingSettings defaults() {
        return new LoggingSettings(true, false, OptionalInt.empty());
    }

    public LoggingSettings withConsole(boolean on) {
        return new LoggingSettings(on, buffered, bufferSize);
    }

    /** {@code logging buffered [SIZE]}, or {@code no logging buffered} with {@code on} false. */
    public LoggingSettings withBuffered(boolean on, OptionalInt size) {
        return new LoggingSettings(console, on, on ? size : OptionalInt.empty());
    }

    /** The lines a configuration shows for these settings, in IOS's order; none for the defaults. */
    java.util.List<String> render() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (buffered) {
            out.add("logging buffered" + (bufferSize.isPresent() ? " " + bufferSize.getAsInt() : ""));
        }
        if (!console) {
            out.add("no logging console");
        }
        return out;
    }
}
