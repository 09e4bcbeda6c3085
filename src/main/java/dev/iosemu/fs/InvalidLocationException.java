package dev.iosemu.fs;

import java.util.Objects;

/** A location that cannot be parsed, with the column (0-based) of the offending character. */
public final class InvalidLocationException extends Exception {

    /** Why parsing failed. */
    public enum Problem {
        EMPTY("empty location"),
        UNKNOWN_PREFIX("unknown file system prefix"),
        BAD_CHARACTER("character not allowed here"),
        MISSING_HOST("missing host name"),
        BAD_HOST("bad host name"),
        BAD_PORT("bad port number");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final String input;
    private final Problem problem;
    private final int column;

    public InvalidLocationException(String input, Problem problem, int column) {
        // The input is left out of the message: it may hold an FTP password.
        super(problem.description() + " at column " + column);
        this.input = Objects.requireNonNull(input, "input");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.column = column;
    }

    public String input() {
        return input;
    }

    public Problem problem() {
        return problem;
    }

    /** The 0-based index into {@link #input()} of the first character that failed. */
    public int column() {
        return column;
    }
}
