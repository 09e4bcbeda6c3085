package dev.iosemu.cli.commands.ssh;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandHandler;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.device.Router;
import dev.iosemu.device.RsaKey;
import dev.iosemu.device.config.SshSettings;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Registers the SSH commands of one device: {@code crypto key generate|zeroize rsa}, {@code ip ssh version},
 * {@code ip ssh time-out}, {@code ip ssh authentication-retries} in global configuration; {@code show ip ssh},
 * {@code show ssh} and {@code show crypto key mypubkey rsa} in EXEC.
 */
public final class SshCommands {
    /** The key label of {@code label L} and {@code zeroize rsa L}. */
    static final Arg<String> LABEL = Arg.word("label", "RSA key label");

    /** The modulus of {@code modulus N}. */
    static final Arg<Integer> MODULUS = Arg.number(
            "modulus",
            RsaKey.MIN_MODULUS,
            RsaKey.MAX_MODULUS,
            "size of the key modulus [" + RsaKey.MIN_MODULUS + "-" + RsaKey.MAX_MODULUS + "]");

    private static final Arg<Integer> VERSION = Arg.number("version", 1, 2, "Protocol version");
    private static final Arg<Integer> TIMEOUT =
            Arg.number("seconds", 1, SshSettings.DEFAULT_TIMEOUT, "SSH time-out interval (secs)");
    private static final Arg<Integer> RETRIES = Arg.number("retries", 0, 5, "Number of authentication retries");

    private SshCommands() {}

    /** Adds the commands for {@code router}, whose SSH server {@code connections} reports on. */
    public static void register(CommandRegistry registry, Router router, SshConnections connections) {
        registerCrypto(registry.root(Mode.GLOBAL_CONFIG), new KeyGeneration(router));
        registerIpSsh(registry.root(Mode.GLOBAL_CONFIG), router);
        CommandNode show = registry.root(Mode.PRIVILEGED_EXEC).keyword("show", "Show running system information");
        show.keyword("ip", "IP information")
                .keyword("ssh", "Information on SSH")
                .privilege(1)
                .executes(ctx -> print(
                        ctx,
                        SshStatusText.showIpSsh(
                                router.runningConfig().security().ssh(),
                                router.rsaKeys().current(),
                                router.platform().train())));
        // privileged only: user EXEC has no show s... word (ios-reference.md 8.1 #4: the caret under the s of sun)
        show.keyword("ssh", "Status of SSH server connections")
                .executes(ctx -> print(ctx, SshStatusText.showSsh(connections.rows())));
        show.keyword("crypto", "Encryption module")
                .keyword("key", "Show long term public keys")
                .keyword("mypubkey", "Show public keys associated with this router")
                .keyword("rsa", "Show RSA public keys")
                .executes(ctx -> router.rsaKeys()
                        .current()
                        .ifPresent(key -> print(
                                ctx,
                                PublicKeyText.render(
                                        key,
                                        router.rsaKeys().inUseIsSaved(),
                                        router.clock().getZone()))));
    }

    private static void registerCrypto(CommandNode config, KeyGeneration keys) {
        CommandNode key = config.keyword("crypto", "Encryption module").keyword("key", "Long term key operations");
        CommandNode rsa = key.keyword("generate", "Generate new keys")
                .keyword("rsa", "Generate RSA keys")
                .executes(keys::generate);
        keyOptions(rsa, keys::generate);
        keyOptions(
                rsa.keyword("general-keys", "Generate a general purpose RSA key pair for signing and encryption")
                        .executes(keys::generate),
                keys::generate);
        CommandNode zeroize = key.keyword("zeroize", "Remove keys").executes(keys::zeroize);
        zeroize.keyword("rsa", "Remove RSA keys")
                .executes(keys::zeroize)
                .argument(LABEL)
                .executes(keys::zeroize);
    }

    /** {@code [label L] [modulus N]} after {@code rsa} or {@code general-keys}. */
    private static void keyOptions(CommandNode node, CommandHandler generate) {
        modulus(node, generate);
        modulus(node.keyword("label", "Provide a label").argument(LABEL).executes(generate), generate);
    }

    private static void modulus(CommandNode node, CommandHandler generate) {
        node.keyword("modulus", "Provide number of modulus bits on the command line")
                .argument(MODULUS)
                .executes(generate);
    }

    private static void registerIpSsh(CommandNode config, Router router) {
        CommandNode ssh =
                config.keyword("ip", "Global IP configuration subcommands").keyword("ssh", "Configure ssh options");
        ssh.keyword("version", "Specify protocol version to be supported")
                .negates(ctx -> change(router, s -> s.withVersion(OptionalInt.empty())))
                .argument(VERSION)
                .executes(ctx -> change(router, s -> s.withVersion(OptionalInt.of(ctx.get(VERSION)))))
                .negates(ctx -> change(router, s -> s.withVersion(OptionalInt.empty())));
        ssh.keyword("time-out", "Specify SSH time-out interval")
                .negates(ctx -> change(router, s -> s.withTimeout(SshSettings.DEFAULT_TIMEOUT)))
                .argument(TIMEOUT)
                .executes(ctx -> change(router, s -> s.withTimeout(ctx.get(TIMEOUT))))
                .negates(ctx -> change(router, s -> s.withTimeout(SshSettings.DEFAULT_TIMEOUT)));
        ssh.keyword("authentication-retries", "Specify number of authentication retries")
                .negates(ctx -> change(router, s -> s.withRetries(SshSettings.DEFAULT_RETRIES)))
                .argument(RETRIES)
                .executes(ctx -> change(router, s -> s.withRetries(ctx.get(RETRIES))))
                .negates(ctx -> change(router, s -> s.withRetries(SshSettings.DEFAULT_RETRIES)));
        Arg<String> source = Arg.interfaceName("interface", router.setup()::interfaces, "");
        CommandHandler noSource = ctx -> change(router, s -> s.withSourceInterface(Optional.empty()));
        ssh.keyword("source-interface", "Specify interface for source address in SSH connections")
                .negates(noSource)
                .argument(source)
                .executes(ctx -> change(router, s -> s.withSourceInterface(Optional.of(ctx.get(source)))))
                .negates(noSource);
    }

    private static void change(Router router, UnaryOperator<SshSettings> change) {
        router.configure(b -> b.security(s -> s.withSsh(change.apply(s.ssh()))));
    }

    private static void print(CommandContext ctx, java.util.List<String> lines) {
        lines.forEach(ctx.out()::println);
    }
}
