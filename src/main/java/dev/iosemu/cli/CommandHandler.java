package dev.iosemu.cli;

/**
 * What runs when a command line parses completely; it reads its arguments from the context and
 * writes to {@link CommandContext#out()}. Commands capture their device through the closure.
 */
@FunctionalInterface
public interface CommandHandler {
    /**
     * Runs the command. A {@link CommandException} prints its IOS text; an interrupt (Ctrl-C)
     * arrives as {@link InterruptedException} or {@link CommandContext#cancelled()}.
     */
    void execute(CommandContext ctx) throws Exception;
}
