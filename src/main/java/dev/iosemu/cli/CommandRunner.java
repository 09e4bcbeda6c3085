package dev.iosemu.cli;

/**
 * Runs one handler and turns whatever it throws into console text, so the session always survives. A
 * failure that is a bug ({@code %Error: internal failure}) also leaves its stack trace in the log.
 */
final class CommandRunner {
    private static final System.Logger LOG = System.getLogger(CommandRunner.class.getName());

    private final CliOutput out;

    CommandRunner(CliOutput out) {
        this.out = out;
    }

    void run(CommandHandler handler, CommandContext ctx) {
        try {
            handler.execute(ctx);
        } catch (CommandException e) {
            out.println(e.getMessage());
        } catch (InterruptedException e) {
            // Ctrl-C: the command has said what it had to; the session clears the interrupt.
        } catch (EndOfInputException e) {
            out.println();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, () -> "internal failure in '" + firstWord(ctx.line()) + "'", e);
            out.println("%Error: internal failure (" + e + ")");
        } catch (Exception e) {
            out.println("%Error: " + e.getMessage());
        }
    }

    /** The command word only: the rest of a line may hold a password. */
    private static String firstWord(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
