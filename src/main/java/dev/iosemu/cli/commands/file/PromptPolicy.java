package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.Flag;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.FilePrompt;

/**
 * Whether a file command asks its questions: {@code /force} and {@code file prompt quiet} skip them.
 *
 * @param quiet no questions at all
 */
record PromptPolicy(boolean quiet) {
    /** {@code /force}: no questions. */
    static final Flag FORCE = Flag.of("/force", "Force delete");

    static PromptPolicy of(Router router, CommandContext ctx) {
        boolean quiet = ctx.has(FORCE) || router.runningConfig().files().prompt() == FilePrompt.QUIET;
        return new PromptPolicy(quiet);
    }

    /** Asks {@code question [default]? } unless quiet; an empty answer (or quiet) gives the default. */
    String askName(CommandContext ctx, String question, String defaultName) {
        if (quiet) {
            return defaultName;
        }
        String answer = ctx.ask(question + " [" + defaultName + "]? ").strip();
        return answer.isEmpty() ? defaultName : answer;
    }

    /** Asks {@code prompt[confirm]}-style confirmation unless quiet. */
    boolean confirm(CommandContext ctx, String prompt) {
        return quiet || ctx.confirm(prompt);
    }
}
