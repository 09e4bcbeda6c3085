package dev.iosemu.cli;

import java.util.function.Consumer;

/**
 * Cuts a batch transcript into commands and what each printed (sub-prompts and answers included), and hands
 * each finished command to a consumer as a {@link CommandResult}. Used under the transcript's lock.
 */
final class CommandCapture {
    private final Consumer<CommandResult> results;
    private final StringBuilder output = new StringBuilder();
    private String line;

    CommandCapture(Consumer<CommandResult> results) {
        this.results = results;
    }

    /** A command line was read: the one before is finished. */
    void started(String commandLine) {
        finish();
        line = commandLine;
    }

    /** Text the running command printed. */
    void output(String text) {
        if (line != null) {
            output.append(text);
        }
    }

    /** The running command is finished (the next prompt, or the end of input). */
    void finish() {
        if (line != null) {
            results.accept(new CommandResult(line, output.toString()));
            line = null;
            output.setLength(0);
        }
    }
}
