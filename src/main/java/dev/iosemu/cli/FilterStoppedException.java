package dev.iosemu.cli;

/** The {@code |} filter gave up on a command's output: its pattern took too much work, or Ctrl-C. */
final class FilterStoppedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What IOS-style line the console shows when the pattern, not the user, stopped the output. */
    static final String TOO_COMPLEX = "% Regular expression too complex, output filter aborted\n";

    private final boolean cancelled;

    FilterStoppedException(boolean cancelled) {
        super(cancelled ? "cancelled" : "too complex", null, false, false);
        this.cancelled = cancelled;
    }

    /** True when Ctrl-C stopped it. */
    boolean cancelled() {
        return cancelled;
    }
}
