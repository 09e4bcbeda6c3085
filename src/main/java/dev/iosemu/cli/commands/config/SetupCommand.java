package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.commands.system.BootConsoles;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.Router;
import dev.iosemu.device.SetupDialog;
import java.util.random.RandomGenerator;

/** {@code setup}: the System Configuration Dialog on demand in privileged EXEC, as IOS runs it. */
public final class SetupCommand {
    private SetupCommand() {}

    /** Registers {@code setup}; the dialog applies its script through {@code replayer}. */
    public static void register(CommandRegistry registry, Router router, ConfigReplayer replayer) {
        registry.root(Mode.PRIVILEGED_EXEC)
                .keyword("setup", "Run the SETUP command facility")
                .executes(ctx -> run(ctx, router, replayer));
    }

    private static void run(CommandContext ctx, Router router, ConfigReplayer replayer) {
        ctx.out().println();
        ctx.out().println("         --- System Configuration Dialog ---");
        ctx.out().println();
        if (!ctx.askYesNo("Continue with configuration dialog? [yes/no]: ")) {
            return;
        }
        // the dialog talks to the console as a boot does: no pager between its questions
        CliSession session = ctx.session();
        new SetupDialog(
                        router,
                        BootConsoles.sink(session),
                        BootConsoles.input(session),
                        replayer,
                        RandomGenerator.getDefault())
                .run();
    }
}
