package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.ArgType;
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

    private LineCommands() {}

    static void register(CommandNode config, CommandNode configLine, Router router) {
        CommandNode line = config.keyword("line", "Configure a terminal line");
        line.keyword("console", "Primary terminal line")
                .argument("first", ArgType.number(0, 0), "First Line number")
                .executes(ctx -> ctx.enterMode(Mode.LINE_CONFIG, new LineTarget(LineKind.CON, 0, 0)));
        line.keyword("aux", "Auxiliary line")
                .argument("first", ArgType.number(0, 0), "First Line number")
                .executes(ctx -> ctx.enterMode(Mode.LINE_CONFIG, new LineTarget(LineKind.AUX, 0, 0)));
        line.keyword("vty", "Virtual terminal")
                .argument("first", ArgType.number(0, 15), "First Line number")
                .executes(ctx -> enterVty(ctx, (int) ctx.number("first")))
                .argument("last", ArgType.number(0, 15), "Last Line number")
                .executes(ctx -> enterVty(ctx, (int) ctx.number("last")));
        lineCommands(configLine, router);
    }

    private static void enterVty(CommandContext ctx, int last) {
        int first = (int) ctx.number("first");
        ctx.enterMode(Mode.LINE_CONFIG, new LineTarget(LineKind.VTY, first, Math.max(first, last)));
    }

    private static void lineCommands(CommandNode configLine, Router router) {
        CommandNode password = configLine
                .keyword("password", "Set a password")
                .negates(ctx -> change(ctx, router, l -> l.withPassword(Optional.empty())));
        password.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument("password", ArgType.word(), "The UNENCRYPTED (cleartext) line password")
                .executes(ctx -> setPassword(ctx, router, "0"));
        password.keyword("7", "Specifies a HIDDEN password will follow")
                .argument("password", ArgType.word(), "The HIDDEN line password")
                .executes(ctx -> setPassword(ctx, router, "7"));
        password.argument("password", ArgType.word(), "The UNENCRYPTED (cleartext) line password")
                .executes(ctx -> setPassword(ctx, router, "0"))
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
                .argument("minutes", ArgType.number(0, 35791), "Timeout in minutes")
                .executes(ctx -> setTimeout(ctx, router, 0))
                .argument("seconds", ArgType.number(0, 2147483), "Timeout in seconds")
                .executes(ctx -> setTimeout(ctx, router, (int) ctx.number("seconds")));
        configLine
                .keyword("transport", "Define transport protocols for line")
                .argument("rest", ArgType.line(), "Transport options")
                .executes(ctx -> change(ctx, router, l -> l.withTransport(Optional.of(ctx.string("rest")))))
                .negates(ctx -> change(ctx, router, l -> l.withTransport(Optional.empty())));
        configLine
                .keyword("logging", "Modify message logging facilities")
                .keyword("synchronous", "Synchronized message output")
                .executes(ctx -> change(ctx, router, l -> l.withLoggingSynchronous(true)))
                .negates(ctx -> change(ctx, router, l -> l.withLoggingSynchronous(false)));
    }

    private static void setPassword(CommandContext ctx, Router router, String type)
            throws dev.iosemu.cli.CommandException {
        StoredPassword password = TransferSettingsCommands.parsePassword(ctx, type);
        change(ctx, router, l -> l.withPassword(Optional.of(password)));
    }

    private static void setTimeout(CommandContext ctx, Router router, int seconds) {
        LineConfig.ExecTimeout timeout = new LineConfig.ExecTimeout((int) ctx.number("minutes"), seconds);
        change(ctx, router, l -> l.withExecTimeout(Optional.of(timeout)));
    }

    private static void change(CommandContext ctx, Router router, UnaryOperator<LineConfig> change) {
        if (ctx.modeTarget() instanceof LineTarget target) {
            router.configure(b -> b.updateLine(target.kind(), target.first(), target.last(), change));
        }
    }
}
