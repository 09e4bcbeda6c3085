package dev.iosemu.cli;

/** IOS answered a command with an error ({@link HeadlessSession#execChecked}); the result says what it printed. */
public final class IosCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CommandResult result;

    IosCommandException(CommandResult result) {
        super("'" + result.line() + "': " + result.errors().getFirst());
        this.result = result;
    }

    /** The command, its whole output and its error lines. */
    public CommandResult result() {
        return result;
    }
}
