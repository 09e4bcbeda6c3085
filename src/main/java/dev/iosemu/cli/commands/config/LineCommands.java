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
import dev.iosemu.profile.Role;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/** {@code line con 0}, {@code line vty 0 4} and the {@code (config-line)#} commands; accepted and rendered. */
final class LineCommands {
    private static final Arg<Integer> LINE_ZERO = Arg.number("first", 0, 0, "First Line number");
    private static final Arg<String> PASSWORD = Arg.word("password", "The UNENCRYPTED (cleartext) line password");
    private static final Arg<String> HIDDEN_PASSWORD = Arg.word("password", "The HIDDEN line password");
    private static final Arg<Integer> MINUTES = Arg.number("minutes", 0, 35791, "Timeout in minutes");
    private static final Arg<Integer> SECONDS = Arg.number("seconds", 0, 2147483, "Timeout in seconds");
    private static final Arg<Integer> LEVEL = Arg.number("level", 0, 15, "Default privilege level for line");

    /** The highest vty a Catalyst switch has, and the highest an ISR router offers. */
    private static final int SWITCH_LAST_VTY = 15;

    private static final int ROUTER_LAST_VTY = 1869;

    private LineCommands() {}

    static void register(CommandNode config, CommandNode configLine, Router router) {
        CommandNode line = config.keyword("line", "Configure a terminal line");
        line.keyword("console", "Primary terminal line")
                .argument(LINE_ZERO)
                .executes(ctx -> ctx.enterMode(Mode.LINE_CONFIG, new LineTarget(LineKind.CON, 0, 0)));
        line.keyword("aux", "Auxiliary line")
                .argument(LINE_ZERO)
                .executes(ctx -> ctx.enterMode(Mode.LINE_CONFIG, new LineTarget(LineKind.AUX, 0, 0)));
        int lastVty = router.platform().role() == Role.SWITCH ? SWITCH_LAST_VTY : ROUTER_LAST_VTY;
        Arg<Integer> firstVty = Arg.number("first", 0, lastVty, "First Line number");
        Arg<Integer> lastVtyArg = Arg.number("last", 0, lastVty, "Last Line number");
        line.keyword("vty", "Virtual terminal")
                .argument(firstVty)
                .executes(ctx -> enterVty(ctx, firstVty, ctx.get(firstVty)))
                .argument(lastVtyArg)
                .executes(ctx -> enterVty(ctx, firstVty, ctx.get(lastVtyArg)));
        lineCommands(configLine, router);
    }

    private static void enterVty(CommandContext ctx, Arg<Integer> firstArg, int last) {
        int first = ctx.get(firstArg);
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
        TransportCommands.register(configLine.keyword("transport", "Define transport protocols for line"), router);
        configLine
                .keyword("privilege", "Change privilege level for line")
                .keyword("level", "Assign default privilege level for line")
                .negates(ctx -> change(ctx, router, l -> l.withPrivilegeLevel(OptionalInt.empty())))
                .argument(LEVEL)
                .executes(ctx -> change(ctx, router, l -> l.withPrivilegeLevel(OptionalInt.of(ctx.get(LEVEL)))))
                .negates(ctx -> change(ctx, router, l -> l.withPrivilegeLevel(OptionalInt.empty())));
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

    static void change(CommandContext ctx, Router router, UnaryOperator<LineConfig> change) {
        if (ctx.modeTarget() instanceof LineTarget target) {
            router.configure(b -> b.updateLine(target.kind(), target.first(), target.last(), change));
        }
    }
}
