package dev.iosemu.cli.commands.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * A golden transcript file: {@code #} comment lines, the input lines (commands, answers, and {@code @}
 * fixture actions), a {@link #SEPARATOR} line, then the exact console transcript expected.
 */
record GoldenTranscript(List<String> header, List<String> input, String expected) {
    static final String SEPARATOR = "=== transcript ===";

    static GoldenTranscript parse(String text) {
        int at = text.indexOf("\n" + SEPARATOR + "\n");
        if (at < 0) {
            throw new IllegalArgumentException("no '" + SEPARATOR + "' line");
        }
        List<String> header = new ArrayList<>();
        List<String> input = new ArrayList<>();
        for (String line : text.substring(0, at).split("\n", -1)) {
            (line.startsWith("#") ? header : input).add(line);
        }
        return new GoldenTranscript(header, input, text.substring(at + SEPARATOR.length() + 2));
    }

    /** Measured figures vary run to run: rates and durations become fixed placeholders. */
    static String normalise(String transcript) {
        return transcript.replaceAll("in \\d+\\.\\d+ secs \\(\\d+ bytes/sec\\)", "in N.NNN secs (N bytes/sec)");
    }

    String withExpected(String actual) {
        List<String> lines = new ArrayList<>(header);
        lines.addAll(input);
        return String.join("\n", lines) + "\n" + SEPARATOR + "\n" + actual;
    }
}
