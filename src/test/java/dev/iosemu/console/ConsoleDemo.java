package dev.iosemu.console;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.IosShell;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ShellSettings;

/** Runs the engine's built-in commands on the real terminal, for trying the console by hand. */
public final class ConsoleDemo {
    private ConsoleDemo() {}

    public static void main(String[] args) throws Exception {
        CommandRegistry registry = new CommandRegistry();
        registry.root(Mode.PRIVILEGED_EXEC)
                .keyword("show", "Show running system information")
                .keyword("version", "System hardware and software status")
                .privilege(1)
                .executes(ctx -> ctx.out().println("Cisco IOS Software (console demo)"));
        registry.root(Mode.GLOBAL_CONFIG)
                .keyword("hostname", "Set system's network name")
                .argument(dev.iosemu.cli.Arg.word("name", "This system's network name"))
                .executes(ctx -> {});
        TerminalConsole console = TerminalConsole.system();
        try (var terminal = console.terminal()) {
            CliSession session = new CliSession(console, new IosShell(registry, ShellSettings.defaults()));
            console.run(session);
        }
    }
}
