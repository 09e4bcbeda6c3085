package dev.iosemu.cli;

import dev.iosemu.device.config.LineConfig.LineKind;
import java.util.Locale;

/** The generic commands every IOS session has, independent of the device. */
final class BuiltinCommands {
    static final String CONFIG_BANNER = "Enter configuration commands, one per line.  End with CNTL/Z.";
    static final String HELP_TEXT = """
            Help may be requested at any point in a command by entering
            a question mark '?'.  If nothing matches, the help list will
            be empty and you must backup until entering a '?' shows the
            available options.
            Two styles of help are provided:
            1. Full help is available when you are ready to enter a
               command argument (e.g. 'show ?') and describes each possible
               argument.
            2. Partial help is provided when an abbreviated argument is entered
               and you want to know what arguments match the input
               (e.g. 'show pr?'.)
            """;
    static final Arg<Integer> LENGTH = Arg.number("lines", 0, 512, "Number of lines on screen (0 for no pausing)");
    static final Arg<Integer> WIDTH = Arg.number("columns", 0, 512, "Number of characters on a screen line");

    private BuiltinCommands() {}

    static void registerExec(CommandNode exec) {
        exec.keyword("enable", "Turn on privileged commands").privilege(1).executes(BuiltinCommands::enable);
        exec.keyword("disable", "Turn off privileged commands")
                .privilege(1)
                .executes(ctx -> ctx.enterMode(Mode.USER_EXEC, null));
        exec.keyword("exit", "Exit from the EXEC").privilege(1).executes(ctx -> ctx.session()
                .close());
        exec.keyword("logout", "Exit from the EXEC").privilege(1).executes(ctx -> ctx.session()
                .close());
        exec.keyword("help", "Description of the interactive help system")
                .privilege(1)
                .executes(ctx -> ctx.out().print(HELP_TEXT));
        CommandNode configure =
                exec.keyword("configure", "Enter configuration mode").executes(BuiltinCommands::configureAsking);
        configure.keyword("terminal", "Configure from the terminal").executes(BuiltinCommands::configureTerminal);
        registerTerminal(
                exec.keyword("terminal", "Set terminal line parameters").privilege(1));
        exec.keyword("show", "Show running system information")
                .keyword("history", "Display the session command history")
                .privilege(1)
                .executes(BuiltinCommands::showHistory);
    }

    private static void registerTerminal(CommandNode terminal) {
        terminal.keyword("length", "Set number of lines on a screen")
                .argument(LENGTH)
                .executes(ctx -> ctx.session().setTerminalLength(ctx.get(LENGTH)));
        terminal.keyword("width", "Set width of the display terminal")
                .argument(WIDTH)
                .executes(ctx -> ctx.session().setTerminalWidth(ctx.get(WIDTH)));
    }

    static void registerConfig(CommandNode config) {
        config.keyword("exit", "Exit from configure mode").executes(BuiltinCommands::exitConfig);
        config.keyword("end", "Exit from configure mode").executes(ctx -> ctx.enterMode(Mode.PRIVILEGED_EXEC, null));
        config.addSpecial(CommandNode.Role.DELEGATE, "do", "To run exec commands in config mode");
        config.addSpecial(CommandNode.Role.NEGATE, "no", "Negate a command or set its defaults");
    }

    private static void enable(CommandContext ctx) {
        EnableCheck secret = ctx.settings().enableSecret();
        if (ctx.session().privilege() == 15) {
            ctx.enterMode(Mode.PRIVILEGED_EXEC, null);
            return;
        }
        if (!secret.isConfigured()) {
            // the console opens without one; a vty has no password to check, so IOS refuses
            if (ctx.session().line().kind() == LineKind.VTY) {
                ctx.out().println("% No password set");
                return;
            }
            ctx.enterMode(Mode.PRIVILEGED_EXEC, null);
            return;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            if (secret.matches(ctx.askSecret("Password: "))) {
                ctx.enterMode(Mode.PRIVILEGED_EXEC, null);
                return;
            }
        }
        ctx.out().println("% Bad secrets");
        ctx.out().println();
    }

    private static void configureAsking(CommandContext ctx) {
        String answer = ctx.ask("Configuring from terminal, memory, or network [terminal]? ")
                .strip()
                .toLowerCase(Locale.ROOT);
        if (answer.isEmpty() || "terminal".startsWith(answer)) {
            configureTerminal(ctx);
        } else {
            ctx.out().println("?Must be \"terminal\", \"memory\" or \"network\"");
        }
    }

    private static void configureTerminal(CommandContext ctx) {
        ctx.out().println(CONFIG_BANNER);
        ctx.enterMode(Mode.GLOBAL_CONFIG, null);
    }

    private static void exitConfig(CommandContext ctx) {
        Mode parent = ctx.session().mode().parent().orElse(Mode.PRIVILEGED_EXEC);
        ctx.enterMode(parent, null);
    }

    private static void showHistory(CommandContext ctx) {
        for (String line : ctx.session().history()) {
            ctx.out().println("  " + line);
        }
    }
}
