package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.UrlPrefix;
import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.Router;
import dev.iosemu.fs.UrlScheme;
import dev.iosemu.fs.copy.CopyEngine;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.net.Ticker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Registers {@code copy SOURCE DESTINATION} in privileged EXEC: every form between the device's file
 * systems, {@code running-config}/{@code startup-config}, and the network schemes of
 * {@link TransferProtocols} ({@code tftp:}, {@code ftp:}; a bare prefix with prompts, or a full URL).
 */
public final class CopyCommands {
    private CopyCommands() {}

    /** Registers with IOS-like timeouts and the JVM's clock for measured rates. */
    public static void register(CommandRegistry registry, Router router, ConfigReplayer replayer, DebugHub debug) {
        register(registry, router, replayer, debug, CopyTimeouts.standard(), Ticker.system());
    }

    /**
     * Registers {@code copy} for {@code router}.
     *
     * @param replayer applies configuration merged into {@code running-config}
     * @param debug the device's debug switches ({@code debug tftp ...}, {@code debug ip ftp})
     * @param timeouts how long to wait for servers (small in tests)
     * @param ticker measures how long copies take
     */
    public static void register(
            CommandRegistry registry,
            Router router,
            ConfigReplayer replayer,
            DebugHub debug,
            CopyTimeouts timeouts,
            Ticker ticker) {
        CopyCommand command =
                new CopyCommand(new RouterCopyDevice(router, replayer), new CopyEngine(ticker), debug, timeouts);
        CommandNode copy = registry.root(Mode.PRIVILEGED_EXEC).keyword("copy", "Copy from one file to another");
        locations(copy, router, command, SignatureCheck.AS_CONFIGURED);
        locations(
                copy.keyword("/verify", "Verify image signature before reload."),
                router,
                command,
                SignatureCheck.ALWAYS);
        locations(
                copy.keyword("/noverify", "Don't verify image signature before reload."),
                router,
                command,
                SignatureCheck.NEVER);
    }

    /** {@code SOURCE DESTINATION} after {@code copy} or one of its options. */
    private static void locations(CommandNode node, Router router, CopyCommand command, SignatureCheck check) {
        Arg<String> source = Arg.url("source", prefixes(router, "Copy from"), "Source location");
        Arg<String> destination = Arg.url("destination", prefixes(router, "Copy to"), "Destination location");
        node.argument(source).argument(destination).executes(ctx -> {
            ctx.out().unpaged(); // a running transfer's marks and result are never held by --More--
            command.execute(
                    new CopyConsoleAdapter(ctx),
                    SessionDefaults.of(ctx.session()),
                    ctx.get(source),
                    ctx.get(destination),
                    check);
        });
    }

    private static Supplier<List<UrlPrefix>> prefixes(Router router, String verb) {
        return () -> {
            List<UrlPrefix> prefixes = new ArrayList<>();
            for (LocalFileSystem fs : router.fileSystems().all()) {
                for (String alias : fs.spec().aliases()) {
                    prefixes.add(new UrlPrefix(alias, verb + " " + alias + " file system"));
                }
                prefixes.add(new UrlPrefix(fs.prefix(), verb + " " + fs.prefix() + " file system"));
            }
            for (UrlScheme scheme : TransferProtocols.supported()) {
                prefixes.add(new UrlPrefix(scheme.prefix(), verb + " " + scheme.prefix() + " file system"));
            }
            prefixes.add(new UrlPrefix("running-config", verb + " current system configuration"));
            prefixes.add(new UrlPrefix("startup-config", verb + " startup configuration"));
            return prefixes;
        };
    }
}
