package dev.iosemu.profile;

/**
 * A profile that cannot be loaded: unreadable, not YAML, or breaking a rule. The message names the file, the
 * field path and the problem: {@code devices/c1941.yaml: fileSystems[1].size: must be > 0 (was -5)}.
 */
public final class ProfileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String fieldPath;
    private final String problem;

    /** Creates the exception; {@code fieldPath} is empty when the problem concerns the whole file. */
    public ProfileException(String source, String fieldPath, String problem) {
        super(source + ": " + (fieldPath.isEmpty() ? "" : fieldPath + ": ") + problem);
        this.source = source;
        this.fieldPath = fieldPath;
        this.problem = problem;
    }

    /** The file or resource the profile came from. */
    public String source() {
        return source;
    }

    /** Where in the profile, like {@code fileSystems[1].size}; empty for the whole file. */
    public String fieldPath() {
        return fieldPath;
    }

    /** What is wrong, like {@code must be > 0 (was -5)}. */
    public String problem() {
        return problem;
    }
}
