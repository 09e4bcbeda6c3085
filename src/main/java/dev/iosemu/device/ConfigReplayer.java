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

    /**
     * Configuration text as lines, every one kept: the replayer skips blank lines, {@code !} comments and
     * {@code end} itself, since inside a banner they are text.
     */
    static List<String> configLines(String text) {
        return text.lines().toList();
    }
}
