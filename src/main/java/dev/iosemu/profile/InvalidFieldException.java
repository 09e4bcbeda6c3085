package dev.iosemu.profile;

/**
 * A profile value that breaks a rule, thrown from record constructors; {@link #path()} is relative to the
 * record that threw (empty when the record as a whole is wrong), and the loader prefixes where that record
 * sits in the file.
 */
final class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String problem;

    InvalidFieldException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    String path() {
        return path;
    }

    String problem() {
        return problem;
    }
}
