package dev.iosemu.cli.commands.debug;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.SessionKey;

/**
 * Registers {@code debug tftp events|packets}, {@code debug ip ftp}, their {@code no}/{@code undebug}
 * forms, and {@code undebug all} / {@code no debug all}. Output of a flag goes to the sessions that
 * turned it on.
 */
public final class DebugCommands {
    static final String ALL_OFF = "All possible debugging has been turned off";
    /** Set once the session's debug subscription is tied to its close. */
    private static final SessionKey<Boolean> SUBSCRIBED = SessionKey.of("debug subscription");

    private DebugCommands() {}

    public static void register(CommandRegistry registry, DebugHub hub) {
        CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
        CommandNode debug = exec.keyword("debug", "Debugging functions (see also 'undebug')");
        CommandNode undebug = exec.keyword("undebug", "Disable debugging functions (see also 'debug')");
        // EXEC has no generic "no"; IOS still accepts "no debug ..." there, so it is a keyword here.
        CommandNode noDebug = exec.keyword("no", "Disable debugging functions")
                .keyword("debug", "Disable debugging functions (see also 'debug')");
        flags(debug, hub, true);
        flags(undebug, hub, false);
        flags(noDebug, hub, false);
        undebug.keyword("all", "Disable all debugging").executes(ctx -> allOff(ctx, hub));
        noDebug.keyword("all", "Disable all debugging").executes(ctx -> allOff(ctx, hub));
    }

    private static void flags(CommandNode root, DebugHub hub, boolean on) {
        CommandNode tftp = root.keyword("tftp", "TFTP debugging");
        flag(tftp.keyword("events", "TFTP events"), DebugFlag.TFTP_EVENTS, hub, on);
        flag(tftp.keyword("packets", "TFTP packets"), DebugFlag.TFTP_PACKETS, hub, on);
        CommandNode ip = root.keyword("ip", "IP information");
        flag(ip.keyword("ftp", "FTP dialogue"), DebugFlag.IP_FTP, hub, on);
        flag(ip.keyword("scp", "Secure Copy"), DebugFlag.IP_SCP, hub, on);
        flag(
                ip.keyword("http", "HTTP connections").keyword("client", "HTTP client"),
                DebugFlag.IP_HTTP_CLIENT,
                hub,
                on);
    }

    private static void flag(CommandNode node, DebugFlag flag, DebugHub hub, boolean on) {
        node.executes(ctx -> {
            if (on) {
                DebugHub.Subscription subscription = hub.enable(ctx.session(), flag, ctx.session()::printAsync);
                if (ctx.session().get(SUBSCRIBED).isEmpty()) {
                    ctx.session().set(SUBSCRIBED, Boolean.TRUE);
                    ctx.session().onClose(subscription::close);
                }
                ctx.out().println(flag.enabledMessage());
            } else {
                off(ctx, flag, hub);
            }
        });
    }

    private static void off(CommandContext ctx, DebugFlag flag, DebugHub hub) {
        hub.disable(ctx.session(), flag);
        ctx.out().println(flag.disabledMessage());
    }

    private static void allOff(CommandContext ctx, DebugHub hub) {
        hub.disableAll();
        ctx.out().println(ALL_OFF);
    }
}
