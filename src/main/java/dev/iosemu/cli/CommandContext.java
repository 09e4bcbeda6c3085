package dev.iosemu.cli;

import java.util.Optional;

/**
 * What a running command sees: its parsed arguments, its output, its session (mode, terminal,
 * sub-prompts) and the cancellation flag. One per command run, used by the session thread.
 */
public final class CommandContext {
    private final CliSession session;
    private final CliOutput out;
    private final String line;
    private final ParseOutcome.Arguments arguments;
    private final boolean negated;
    private final ShellSettings settings;

    CommandContext(
            CliSession session,
            CliOutput out,
            String line,
            ParseOutcome.Arguments arguments,
            boolean negated,
            ShellSettings settings) {
        this.session = session;
        this.out = out;
        this.line = line;
        this.arguments = arguments;
        this.negated = negated;
        this.settings = settings;
    }

    /** Where all output goes (filtered and paged). */
    public CliOutput out() {
        return out;
    }

    public CliSession session() {
        return session;
    }

    /** The command line as typed (without the {@code |} filter part). */
    public String line() {
        return line;
    }

    /** True for the {@code no} form. */
    public boolean negated() {
        return negated;
    }

    /**
     * The value of {@code arg} on this line.
     *
     * @throws IllegalStateException if the line did not give it: the handler reads a key its path lacks
     */
    public <T> T get(Arg<T> arg) {
        Object value = arguments.values().get(arg);
        if (value == null) {
            throw new IllegalStateException("no argument '" + arg.name() + "' in: " + line);
        }
        return arg.read(value);
    }

    /** The value of {@code arg} if the line gave it (an optional part of the command). */
    public <T> Optional<T> optional(Arg<T> arg) {
        return Optional.ofNullable(arguments.values().get(arg)).map(arg::read);
    }

    /** True when {@code flag} was typed. */
    public boolean has(Flag flag) {
        return arguments.flags().contains(flag);
    }

    /** Asks a question ({@code Destination filename [x]? }); returns the raw answer, defaults are the caller's. */
    public String ask(String prompt) {
        return session.ask(prompt);
    }

    /** Asks for a secret without echo ({@code Password: }). */
    public String askSecret(String prompt) {
        return session.askSecret(prompt);
    }

    /** {@code [confirm]}: Enter or {@code y} is yes. */
    public boolean confirm(String prompt) {
        return session.confirm(prompt);
    }

    /** {@code [yes/no]}: re-asks with {@code % Please answer 'yes' or 'no'.} until answered. */
    public boolean askYesNo(String prompt) {
        return session.askYesNo(prompt);
    }

    /** Switches the session to {@code mode}, configuring {@code target} (an interface, lines). */
    public void enterMode(Mode mode, ModeTarget target) {
        session.enterMode(mode, target);
    }

    /** Switches the session to {@code mode} with no target ({@code end}, {@code exit}). */
    public void enterMode(Mode mode) {
        session.enterMode(mode, null);
    }

    /** The session's current mode. */
    public Mode mode() {
        return session.mode();
    }

    /** What the current sub-mode configures; its commands are registered only in that sub-mode. */
    public ModeTarget modeTarget() {
        return session.modeTarget().orElseThrow(() -> new IllegalStateException("no mode target in " + session.mode()));
    }

    /** True once the user interrupted this command (Ctrl-C). */
    public boolean cancelled() {
        return session.cancelled();
    }

    /** Throws if the user interrupted this command. */
    public void checkCancelled() throws InterruptedException {
        if (session.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted by the user");
        }
    }

    ShellSettings settings() {
        return settings;
    }
}
