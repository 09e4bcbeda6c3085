package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Line;
import dev.iosemu.device.LineHandle;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.LineConfig.LineKind;
import java.util.Optional;

/**
 * The EXEC commands about terminal lines: {@code show users} and {@code who}, {@code show line}, {@code clear
 * line} (drops the session on a line) and {@code terminal [no] monitor} (log messages on this vty).
 */
final class LineStatusCommands {
    private static final Arg<Integer> SHOWN = Arg.number("number", 0, 1871, "First Line range");
    private static final Arg<Integer> SHOWN_CON = Arg.number("con", 0, 0, "First Line range");
    private static final Arg<Integer> SHOWN_VTY = Arg.number("vty", 0, 1869, "First Line range");
    private static final Arg<Integer> CLEARED = Arg.number("number", 0, 1871, "Line number");
    private static final Arg<Integer> CLEARED_CON = Arg.number("con", 0, 0, "Line number");
    private static final Arg<Integer> CLEARED_VTY = Arg.number("vty", 0, 1869, "Line number");

    private LineStatusCommands() {}

    static void register(CommandNode exec, Router router) {
        CommandNode show = exec.keyword("show", "Show running system information");
        show.keyword("users", "Display information about terminal lines")
                .privilege(1)
                .executes(ctx -> users(ctx, router));
        exec.keyword("who", "List active connections").privilege(1).executes(ctx -> users(ctx, router));
        CommandNode line = show.keyword("line", "TTY line information")
                .privilege(1)
                .executes(ctx -> ShowLine.table(router).forEach(ctx.out()::println));
        line.argument(SHOWN).executes(ctx -> detail(ctx, router, ShowLine.byAbsolute(router, ctx.get(SHOWN))));
        line.keyword("console", "Primary terminal line")
                .argument(SHOWN_CON)
                .executes(ctx -> detail(ctx, router, Optional.of(new ShowLine.Target(LineKind.CON, 0))));
        line.keyword("vty", "Virtual terminal")
                .argument(SHOWN_VTY)
                .executes(ctx -> detail(ctx, router, ShowLine.existing(router, LineKind.VTY, ctx.get(SHOWN_VTY))));
        CommandNode clear = exec.keyword("clear", "Reset functions").keyword("line", "Reset a terminal line");
        clear.argument(CLEARED).executes(ctx -> clear(ctx, router, ShowLine.byAbsolute(router, ctx.get(CLEARED))));
        clear.keyword("console", "Primary terminal line")
                .argument(CLEARED_CON)
                .executes(ctx -> clear(ctx, router, Optional.of(new ShowLine.Target(LineKind.CON, 0))));
        clear.keyword("vty", "Virtual terminal")
                .argument(CLEARED_VTY)
                .executes(ctx -> clear(ctx, router, ShowLine.existing(router, LineKind.VTY, ctx.get(CLEARED_VTY))));
        CommandNode terminal = exec.keyword("terminal", "Set terminal line parameters");
        terminal.keyword("monitor", "Copy debug output to the current terminal line")
                .privilege(15)
                .executes(ctx -> ctx.session().setMonitor(true));
        terminal.keyword("no", "Negate a command or set its defaults")
                .keyword("monitor", "Copy debug output to the current terminal line")
                .privilege(15)
                .executes(ctx -> ctx.session().setMonitor(false));
    }

    private static void users(CommandContext ctx, Router router) {
        ShowUsers.render(
                        router.lines().sessions(),
                        ctx.session(),
                        router.runningConfig(),
                        router.clock().instant())
                .forEach(ctx.out()::println);
    }

    private static void detail(CommandContext ctx, Router router, Optional<ShowLine.Target> target) {
        if (target.isEmpty()) {
            ctx.out().println("% Invalid line number");
            return;
        }
        ShowLine.detail(router, target.get()).forEach(ctx.out()::println);
    }

    /** {@code [confirm]}, then the session on the line (if any) is dropped and {@code [OK]} shown. */
    private static void clear(CommandContext ctx, Router router, Optional<ShowLine.Target> target) {
        if (target.isEmpty()) {
            ctx.out().println("% Invalid line number");
            return;
        }
        if (!ctx.confirm("[confirm]")) {
            return;
        }
        ctx.out().println(" [OK]");
        for (LineHandle handle : router.lines().sessions()) {
            Line line = handle.line();
            if (line.kind() == target.get().kind()
                    && line.number() == target.get().number()) {
                handle.disconnect();
            }
        }
    }
}
