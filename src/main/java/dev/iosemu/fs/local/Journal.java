package dev.iosemu.fs.local;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The changes of a {@link StagingSet} commit, written down before any is made so that a commit cut short
 * is finished when the file system opens again. Each step is idempotent: a move whose staging file is gone
 * was made, a removal of a missing path was made. Paths are file-system paths ({@code /dir/file}), one step
 * a line, fields separated by a tab, with {@code %}, tab and line breaks escaped.
 *
 * @param steps removals first, then moves, in the order they are applied
 */
record Journal(List<Step> steps) {
    /** Names of journals start with this (hidden from listings as staging files are). */
    static final String PREFIX = ".iosemu-commit-";

    Journal {
        steps = List.copyOf(steps);
    }

    /** One change of a commit. */
    sealed interface Step {}

    /**
     * Moves a staged file onto its name.
     *
     * @param staging the staging file
     * @param target the file it becomes
     */
    record Move(String staging, String target) implements Step {}

    /**
     * Removes a file or a directory with its contents.
     *
     * @param path what to remove
     */
    record Remove(String path) implements Step {}

    byte[] encode() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            switch (step) {
                case Move move ->
                    text.append("move\t")
                            .append(escape(move.staging()))
                            .append('\t')
                            .append(escape(move.target()));
                case Remove remove -> text.append("remove\t").append(escape(remove.path()));
            }
            text.append('\n');
        }
        return text.append("end\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The journal in {@code bytes}; empty when it is not a whole journal (a journal is written atomically, so
     * that only happens if someone else wrote the file).
     */
    static Optional<Journal> decode(byte[] bytes) {
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.getLast().equals("end")) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 3 && fields[0].equals("move")) {
                steps.add(new Move(unescape(fields[1]), unescape(fields[2])));
            } else if (fields.length == 2 && fields[0].equals("remove")) {
                steps.add(new Remove(unescape(fields[1])));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Journal(steps));
    }

    private static String escape(String path) {
        return path.replace("%", "%25")
                .replace("\t", "%09")
                .replace("\n", "%0A")
                .replace("\r", "%0D");
    }

    private static String unescape(String field) {
        return field.replace("%0D", "\r")
                .replace("%0A", "\n")
                .replace("%09", "\t")
                .replace("%25", "%");
    }
}
