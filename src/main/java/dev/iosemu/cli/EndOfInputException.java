package dev.iosemu.cli;

/** The console's input ended (or was interrupted) while a command waited for an answer. */
public final class EndOfInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EndOfInputException(String prompt) {
        super("input ended at prompt: " + prompt);
    }
}
