package dev.iosemu.lab.file;

/**
 * A lab file that cannot be used: unreadable, not YAML, or breaking a rule. The message is one line naming the
 * file, the line and the field: {@code labs/ccna.yaml: line 7: nodes.r1.profile: no such device profile ...}.
 */
public final class LabFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final String field;
    private final String problem;

    /** Creates the exception; {@code line} is 0 and {@code field} empty when the problem is the whole file. */
    public LabFileException(String source, int line, String field, String problem) {
        super(source + ": " + (line > 0 ? "line " + line + ": " : "") + (field.isEmpty() ? "" : field + ": ")
                + problem);
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** The file or resource the lab came from. */
    public String source() {
        return source;
    }

    /** The line (from 1) the problem is on; 0 for the whole file. */
    public int line() {
        return line;
    }

    /** The field's path ({@code nodes.r1.ports.console}); empty for the whole file. */
    public String field() {
        return field;
    }

    /** What is wrong, without the file, line and field. */
    public String problem() {
        return problem;
    }
}
