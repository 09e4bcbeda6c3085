package dev.iosemu.device;

import java.util.List;

/**
 * Applies configuration text to the running device through the same command parser as {@code configure
 * terminal}; the command layer implements it so the device never depends on it. Used for the
 * startup-config at boot (and by {@code copy ... running-config}).
 */
public interface ConfigReplayer {
    /** A replayer that ignores everything, for devices without a command layer (tests, benchmarks). */
    ConfigReplayer NONE = (lines, console) -> {};

    /** Runs each line in global configuration mode, printing any error to {@code console}. */
    void replay(List<String> lines, ConsoleSink console);

    /** The lines of configuration text worth replaying: no blank lines, {@code !} comments or {@code end}. */
    static List<String> configLines(String text) {
        return text.lines()
                .filter(line -> !line.isBlank()
                        && !line.startsWith("!")
                        && !line.strip().equals("end"))
                .toList();
    }
}
