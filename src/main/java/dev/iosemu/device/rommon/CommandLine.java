package dev.iosemu.device.rommon;

import java.util.Arrays;
import java.util.List;

/**
 * One loader command line split into its words.
 *
 * @param raw the line as typed, trimmed
 * @param words the whitespace-separated words; empty for a blank line
 */
record CommandLine(String raw, List<String> words) {
    static CommandLine parse(String line) {
        String trimmed = line.strip();
        List<String> words = trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
        return new CommandLine(trimmed, List.copyOf(words));
    }

    String command() {
        return words.isEmpty() ? "" : words.get(0);
    }

    List<String> arguments() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    String argument(int index) {
        return arguments().get(index);
    }
}
