package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ModeTarget.LineTarget;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.config.StoredPassword;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@code line con 0}, {@code line vty 0 4} and the {@code (config-line)#} commands; accepted and rendered. */
final class LineCommands {
    private static final Arg<Integer> LINE_ZERO = Arg.number("first", 0, 0, "First Line number");
    private static final Arg<Integer> FIRST_VTY = Arg.number("first", 0, 15, "First Line number");
    private static final Arg<Integer> LAST_VTY = Arg.number("last", 0, 15, "Last Line number");
    private static final Arg<String> PASSWORD = Arg.word("password", "The UNENCRYPTED (cleartext) line password");
    private static final Arg<String> HIDDEN_PASSWORD = Arg.word("password", "The HIDDEN line password");
    private static final Arg<Integer> MINUTES = Arg.number("minutes", 0, 35791, "Timeout in minutes");
    private static final Arg<Integer> SECONDS = Arg.number("seconds", 0, 2147483, "Timeout in seconds");
    private static final Arg<String> TRANSPORT = Arg.line("rest", "Transport options");

    private LineCommands() {}

    static void register(CommandNode config, CommandNode configLine, Router router) {
        CommandNode line = config.keyword("line", "Configure a terminal line");
        line.keyword("console", "Primary terminal line")
                .argument(LINE_ZERO)
                .executes(ctx -> ctx.enterMode(Mode.LINE_CONFIG, new LineTarget(LineKind.CON, 0, 0)));
        line.keyword("aux", "Auxiliary line")
                .argument(LINE_ZERO)
                .executes(ctx -> ctx.enterMode(Mode.LINE_CONFIG, new LineTarget(LineKind.AUX, 0, 0)));
        line.keyword("vty", "Virtual terminal")
                .argument(FIRST_VTY)
                .executes(ctx -> enterVty(ctx, ctx.get(FIRST_VTY)))
                .argument(LAST_VTY)
                .executes(ctx -> enterVty(ctx, ctx.get(LAST_VTY)));
        lineCommands(configLine, router);
    }

    private static void enterVty(CommandContext ctx, int last) {
        int first = ctx.get(FIRST_VTY);
        ctx.enterMode(Mode.LINE_CONFIG, new LineTarget(LineKind.VTY, first, Math.max(first, last)));
    }

    private static void lineCommands(CommandNode configLine, Router router) {
        CommandNode password = configLine
                .keyword("password", "Set a password")
                .negates(ctx -> change(ctx, router, l -> l.withPassword(Optional.empty())));
        password.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument(PASSWORD)
                .executes(ctx -> setPassword(ctx, router, ctx.get(PASSWORD), "0"));
        password.keyword("7", "Specifies a HIDDEN password will follow")
                .argument(HIDDEN_PASSWORD)
                .executes(ctx -> setPassword(ctx, router, ctx.get(HIDDEN_PASSWORD), "7"));
        password.argument(PASSWORD)
                .executes(ctx -> setPassword(ctx, router, ctx.get(PASSWORD), "0"))
                .negates(ctx -> change(ctx, router, l -> l.withPassword(Optional.empty())));
        CommandNode login = configLine
                .keyword("login", "Enable password checking")
                .executes(ctx -> change(ctx, router, l -> l.withLogin(LineConfig.Login.LINE)))
                .negates(ctx -> change(ctx, router, l -> l.withLogin(LineConfig.Login.NONE)));
        login.keyword("local", "Local password checking")
                .executes(ctx -> change(ctx, router, l -> l.withLogin(LineConfig.Login.LOCAL)))
                .negates(ctx -> change(ctx, router, l -> l.withLogin(LineConfig.Login.NONE)));
        configLine
                .keyword("exec-timeout", "Set the EXEC timeout")
                .negates(ctx -> change(ctx, router, l -> l.withExecTimeout(Optional.empty())))
                .argument(MINUTES)
                .executes(ctx -> setTimeout(ctx, router, 0))
                .argument(SECONDS)
                .executes(ctx -> setTimeout(ctx, router, ctx.get(SECONDS)));
        configLine
                .keyword("transport", "Define transport protocols for line")
                .argument(TRANSPORT)
                .executes(ctx -> change(ctx, router, l -> l.withTransport(Optional.of(ctx.get(TRANSPORT)))))
                .negates(ctx -> change(ctx, router, l -> l.withTransport(Optional.empty())));
        configLine
                .keyword("logging", "Modify message logging facilities")
                .keyword("synchronous", "Synchronized message output")
                .executes(ctx -> change(ctx, router, l -> l.withLoggingSynchronous(true)))
                .negates(ctx -> change(ctx, router, l -> l.withLoggingSynchronous(false)));
    }

    private static void setPassword(CommandContext ctx, Router router, String text, String type)
            throws dev.iosemu.cli.CommandException {
        StoredPassword password = TransferSettingsCommands.parsePassword(type, text);
        change(ctx, router, l -> l.withPassword(Optional.of(password)));
    }

    private static void setTimeout(CommandContext ctx, Router router, int seconds) {
        LineConfig.ExecTimeout timeout = new LineConfig.ExecTimeout(ctx.get(MINUTES), seconds);
        change(ctx, router, l -> l.withExecTimeout(Optional.of(timeout)));
    }

    private static void change(CommandContext ctx, Router router, UnaryOperator<LineConfig> change) {
        if (ctx.modeTarget() instanceof LineTarget target) {
            router.configure(b -> b.updateLine(target.kind(), target.first(), target.last(), change));
        }
    }
}
