package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.LogBuffer;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.LogLevel;
import dev.iosemu.device.config.LoggingSettings;
import java.net.Inet4Address;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * {@code logging console [LEVEL]}, {@code logging buffered [SIZE] [LEVEL]} and their {@code no} forms, and
 * {@code show logging}: where the device's log messages go, down to which severity. {@code logging} alone is incomplete and a logging host is
 * an address or a name, so IOS's errors ({@code logging 0255.255.1}: the caret under the address) come out
 * as on a real router; the rest of IOS's {@code logging} words come from its vocabulary.
 */
public final class LoggingCommands {
    private static final Arg<Integer> SIZE = Arg.number("size", 4096, 2147483647, "Logging buffer size");
    private static final Arg<Inet4Address> HOST = Arg.ipv4("host", "IP address of the logging host");
    private static final Arg<Integer> LEVEL = Arg.number("level", 0, 7, "Logging severity level");

    private LoggingCommands() {}

    /** Registers the configuration commands under {@code config} and {@code show logging} under {@code exec}. */
    public static void register(CommandNode config, CommandNode exec, Router router) {
        CommandNode logging = config.keyword("logging", "Modify message logging facilities");
        CommandNode console = logging.keyword("console", "Set console logging parameters")
                .executes(ctx -> change(router, l -> l.withConsole(true)))
                .negates(ctx -> change(router, l -> l.withConsole(false)));
        levels(console, (level, ctx) -> l -> l.withConsole(level), router);
        CommandNode buffered = logging.keyword("buffered", "Set buffered logging parameters")
                .executes(ctx -> change(router, l -> l.withBuffered(true, OptionalInt.empty())))
                .negates(ctx -> change(router, l -> l.withBuffered(false, OptionalInt.empty())));
        levels(buffered, (level, ctx) -> l -> l.withBuffered(OptionalInt.empty(), level), router);
        CommandNode sized = buffered.argument(SIZE)
                .executes(ctx -> change(router, l -> l.withBuffered(true, OptionalInt.of(ctx.get(SIZE)))));
        levels(sized, (level, ctx) -> l -> l.withBuffered(OptionalInt.of(ctx.get(SIZE)), level), router);
        logging.argument(HOST).executes(LoggingCommands::hostNotModelled).negates(LoggingCommands::hostNotModelled);
        exec.keyword("show", "Show running system information")
                .keyword("logging", "Show the contents of logging buffers")
                .executes(ctx -> show(ctx, router));
    }

    /** The settings a severity makes, in a context (where {@code logging buffered SIZE LEVEL} reads its size). */
    private interface LevelChange {
        UnaryOperator<LoggingSettings> of(LogLevel level, CommandContext ctx);
    }

    /** The severities under {@code node}: {@code <0-7>} and each level's word, as IOS lists them. */
    private static void levels(CommandNode node, LevelChange change, Router router) {
        node.argument(LEVEL).executes(ctx -> change(router, change.of(LogLevel.of(ctx.get(LEVEL)), ctx)));
        for (LogLevel level : LogLevel.values()) {
            node.keyword(level.word(), level.help()).executes(ctx -> change(router, change.of(level, ctx)));
        }
    }

    private static void hostNotModelled(CommandContext ctx) throws CommandException {
        throw new CommandException("% \"logging A.B.C.D\" is a real IOS command iosemu does not model");
    }

    private static void change(Router router, UnaryOperator<LoggingSettings> change) {
        router.configure(b -> b.lines(l -> l.withLogging(change)));
    }

    private static void show(CommandContext ctx, Router router) {
        LoggingSettings settings = router.runningConfig().lines().logging();
        LogBuffer.Snapshot log = router.lines().logSnapshot();
        var out = ctx.out();
        out.println("Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, 0 flushes, 0 overruns, "
                + "xml disabled, filtering disabled)");
        out.println("");
        out.println("No Active Message Discriminator.");
        out.println("");
        out.println("");
        out.println("");
        out.println("No Inactive Message Discriminator.");
        out.println("");
        out.println("");
        out.println(
                settings.console()
                        ? "    Console logging: level "
                                + settings.consoleLevel().word() + ", " + log.consoleLogged()
                                + " messages logged, xml disabled,"
                        : "    Console logging: disabled");
        if (settings.console()) {
            out.println("                     filtering disabled");
        }
        out.println("    Monitor logging: level debugging, 0 messages logged, xml disabled,");
        out.println("                     filtering disabled");
        out.println(
                settings.buffered()
                        ? "    Buffer logging:  level " + settings.bufferLevel().word() + ", " + log.bufferLogged()
                                + " messages logged, xml disabled,"
                        : "    Buffer logging:  disabled, xml disabled,");
        out.println("                    filtering disabled");
        out.println("    Exception Logging: size (4096 bytes)");
        out.println("    Count and timestamp logging messages: disabled");
        out.println("    Persistent logging: disabled");
        out.println("");
        out.println("No active filter modules.");
        out.println("");
        out.println("    Trap logging: level informational, " + log.logged() + " message lines logged");
        out.println("        Logging Source-Interface:       VRF Name:");
        if (settings.buffered()) {
            int size = settings.bufferSize().orElse(LoggingSettings.DEFAULT_BUFFER_SIZE);
            out.println("");
            out.println("Log Buffer (" + size + " bytes):");
            out.println("");
            log.messages().forEach(out::println);
        }
    }
}
