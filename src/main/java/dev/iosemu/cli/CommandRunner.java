package dev.iosemu.cli;

/** Runs one handler and turns whatever it throws into console text, so the session always survives. */
final class CommandRunner {
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
            out.println("%Error: internal failure (" + e + ")");
        } catch (Exception e) {
            out.println("%Error: " + e.getMessage());
        }
    }
}
