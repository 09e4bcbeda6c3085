package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.ArgType;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandHandler;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.StoredPassword;
import dev.iosemu.device.config.TftpServerEntry;
import dev.iosemu.device.config.TftpSettings;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code ip ftp ...}, {@code ip tftp ...} and {@code tftp-server}: the settings file transfers use. */
final class TransferSettingsCommands {
    private TransferSettingsCommands() {}

    static void register(CommandNode config, Router router) {
        CommandNode ip = config.keyword("ip", "Global IP configuration subcommands");
        ftp(ip.keyword("ftp", "FTP configuration commands"), router);
        tftp(ip.keyword("tftp", "tftp configuration commands"), router);
        config.keyword("tftp-server", "Provide TFTP service for netload requests")
                .argument("file", ArgType.word("WORD"), "File to serve (flash:FILE)")
                .executes(ctx -> router.configure(
                        b -> b.addTftpServer(new TftpServerEntry(ctx.string("file"), Optional.empty()))))
                .negates(ctx -> router.configure(b -> b.removeTftpServer(ctx.string("file"))))
                .keyword("alias", "file alias")
                .argument("alias", ArgType.word(), "file alias")
                .executes(ctx -> router.configure(b ->
                        b.addTftpServer(new TftpServerEntry(ctx.string("file"), Optional.of(ctx.string("alias"))))))
                .negates(ctx -> router.configure(b -> b.removeTftpServer(ctx.string("file"))));
    }

    private static void ftp(CommandNode ftp, Router router) {
        ftp.keyword("username", "Specify username for FTP connections")
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withUsername(Optional.empty()))))
                .argument("user", ArgType.word(), "Username")
                .executes(ctx -> router.configure(b -> b.ftp(f -> f.withUsername(Optional.of(ctx.string("user"))))))
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withUsername(Optional.empty()))));
        CommandNode password = ftp.keyword("password", "Specify password for FTP connections")
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withPassword(Optional.empty()))));
        password.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument("password", ArgType.word(), "The UNENCRYPTED (cleartext) password")
                .executes(setPassword(router, "0"));
        password.keyword("7", "Specifies a HIDDEN password will follow")
                .argument("password", ArgType.word(), "The HIDDEN password")
                .executes(setPassword(router, "7"));
        password.argument("password", ArgType.word(), "The UNENCRYPTED (cleartext) password")
                .executes(setPassword(router, "0"))
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withPassword(Optional.empty()))));
        ftp.keyword("passive", "Connect using passive mode")
                .executes(ctx -> router.configure(b -> b.ftp(f -> f.withPassive(true))))
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withPassive(false))));
        ftp.keyword("source-interface", "Specify interface for source address in FTP connections")
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withSourceInterface(Optional.empty()))))
                .argument("interface", ArgType.interfaceName(router.setup()::interfaces), "")
                .executes(ctx ->
                        router.configure(b -> b.ftp(f -> f.withSourceInterface(Optional.of(ctx.string("interface"))))))
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withSourceInterface(Optional.empty()))));
    }

    private static CommandHandler setPassword(Router router, String type) {
        return ctx -> {
            StoredPassword password = parsePassword(ctx, type);
            router.configure(b -> b.ftp(f -> f.withPassword(Optional.of(password))));
        };
    }

    static StoredPassword parsePassword(CommandContext ctx, String type) throws dev.iosemu.cli.CommandException {
        try {
            return StoredPassword.parse(type, ctx.string("password"));
        } catch (IllegalArgumentException e) {
            throw new dev.iosemu.cli.CommandException("Invalid encrypted password: " + ctx.string("password"));
        }
    }

    private static void tftp(CommandNode tftp, Router router) {
        tftp.keyword("blocksize", "Specify TFTP client blocksize")
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withBlocksize(OptionalInt.empty()))))
                .argument("size", ArgType.number(TftpSettings.MIN_BLOCKSIZE, TftpSettings.MAX_BLOCKSIZE), "blocksize")
                .executes(ctx ->
                        router.configure(b -> b.tftp(t -> t.withBlocksize(OptionalInt.of((int) ctx.number("size"))))))
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withBlocksize(OptionalInt.empty()))));
        tftp.keyword("windowsize", "Specify TFTP client windowsize")
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withWindowsize(OptionalInt.empty()))))
                .argument("size", ArgType.number(1, 64), "windowsize")
                .executes(ctx ->
                        router.configure(b -> b.tftp(t -> t.withWindowsize(OptionalInt.of((int) ctx.number("size"))))))
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withWindowsize(OptionalInt.empty()))));
        tftp.keyword("source-interface", "Specify interface for source address in TFTP connections")
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withSourceInterface(Optional.empty()))))
                .argument("interface", ArgType.interfaceName(router.setup()::interfaces), "")
                .executes(ctx ->
                        router.configure(b -> b.tftp(t -> t.withSourceInterface(Optional.of(ctx.string("interface"))))))
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withSourceInterface(Optional.empty()))));
    }
}
