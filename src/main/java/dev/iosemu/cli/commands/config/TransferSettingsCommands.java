package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandHandler;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.StoredPassword;
import dev.iosemu.device.config.TftpServerEntry;
import dev.iosemu.device.config.TftpSettings;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * {@code ip ftp ...}, {@code ip tftp ...}, {@code ip http client ...}, {@code ip scp server enable} and
 * {@code tftp-server}: the settings file transfers use.
 */
final class TransferSettingsCommands {
    private static final Arg<String> FILE = Arg.word("file", "WORD", "File to serve (flash:FILE)");
    private static final Arg<String> ALIAS = Arg.word("alias", "file alias");
    private static final Arg<String> USER = Arg.word("user", "Username");
    private static final Arg<String> PASSWORD = Arg.word("password", "The UNENCRYPTED (cleartext) password");
    private static final Arg<String> HIDDEN_PASSWORD = Arg.word("password", "The HIDDEN password");
    private static final Arg<Integer> BLOCKSIZE =
            Arg.number("size", TftpSettings.MIN_BLOCKSIZE, TftpSettings.MAX_BLOCKSIZE, "blocksize");
    private static final Arg<Integer> WINDOWSIZE = Arg.number("size", 1, 64, "windowsize");

    private TransferSettingsCommands() {}

    static void register(CommandNode config, Router router) {
        CommandNode ip = config.keyword("ip", "Global IP configuration subcommands");
        Arg<String> source = Arg.interfaceName("interface", router.setup()::interfaces, "");
        ftp(ip.keyword("ftp", "FTP configuration commands"), router, source);
        tftp(ip.keyword("tftp", "tftp configuration commands"), router, source);
        httpClient(
                ip.keyword("http", "HTTP server configuration").keyword("client", "HTTP client configuration"),
                router,
                source);
        ip.keyword("scp", "Scp commands")
                .keyword("server", "Configure server functionality")
                .keyword("enable", "Enable scp server functionality")
                .executes(ctx -> router.configure(b -> b.files(f -> f.withScpServer(true))))
                .negates(ctx -> router.configure(b -> b.files(f -> f.withScpServer(false))));
        config.keyword("tftp-server", "Provide TFTP service for netload requests")
                .argument(FILE)
                .executes(ctx -> router.configure(
                        b -> b.files(f -> f.withTftpServer(new TftpServerEntry(ctx.get(FILE), Optional.empty())))))
                .negates(ctx -> router.configure(b -> b.files(f -> f.withoutTftpServer(ctx.get(FILE)))))
                .keyword("alias", "file alias")
                .argument(ALIAS)
                .executes(ctx -> router.configure(b -> b.files(
                        f -> f.withTftpServer(new TftpServerEntry(ctx.get(FILE), Optional.of(ctx.get(ALIAS)))))))
                .negates(ctx -> router.configure(b -> b.files(f -> f.withoutTftpServer(ctx.get(FILE)))));
    }

    private static void ftp(CommandNode ftp, Router router, Arg<String> source) {
        ftp.keyword("username", "Specify username for FTP connections")
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withUsername(Optional.empty()))))
                .argument(USER)
                .executes(ctx -> router.configure(b -> b.ftp(f -> f.withUsername(Optional.of(ctx.get(USER))))))
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withUsername(Optional.empty()))));
        passwordWords(
                ftp.keyword("password", "Specify password for FTP connections"),
                password -> router.configure(b -> b.ftp(f -> f.withPassword(password))));
        ftp.keyword("passive", "Connect using passive mode")
                .executes(ctx -> router.configure(b -> b.ftp(f -> f.withPassive(true))))
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withPassive(false))));
        ftp.keyword("source-interface", "Specify interface for source address in FTP connections")
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withSourceInterface(Optional.empty()))))
                .argument(source)
                .executes(ctx -> router.configure(b -> b.ftp(f -> f.withSourceInterface(Optional.of(ctx.get(source))))))
                .negates(ctx -> router.configure(b -> b.ftp(f -> f.withSourceInterface(Optional.empty()))));
    }

    private static void httpClient(CommandNode client, Router router, Arg<String> source) {
        CommandHandler noUser =
                ctx -> router.configure(b -> b.files(f -> f.withHttp(h -> h.withUsername(Optional.empty()))));
        client.keyword("username", "HTTP client username")
                .negates(noUser)
                .argument(USER)
                .executes(ctx -> router.configure(
                        b -> b.files(f -> f.withHttp(h -> h.withUsername(Optional.of(ctx.get(USER)))))))
                .negates(noUser);
        passwordWords(
                client.keyword("password", "HTTP client password"),
                password -> router.configure(b -> b.files(f -> f.withHttp(h -> h.withPassword(password)))));
        CommandHandler noSource =
                ctx -> router.configure(b -> b.files(f -> f.withHttp(h -> h.withSourceInterface(Optional.empty()))));
        client.keyword("source-interface", "Specify interface for source address in all HTTP(S) client connections")
                .negates(noSource)
                .argument(source)
                .executes(ctx -> router.configure(
                        b -> b.files(f -> f.withHttp(h -> h.withSourceInterface(Optional.of(ctx.get(source)))))))
                .negates(noSource);
    }

    /**
     * The words after a client's {@code password} ({@code 0 TEXT}, {@code 7 HIDDEN} or {@code TEXT} alone, and
     * {@code no}), which {@code store} keeps in the running configuration (empty: no password).
     */
    private static void passwordWords(CommandNode password, Consumer<Optional<StoredPassword>> store) {
        CommandHandler clear = ctx -> store.accept(Optional.empty());
        password.negates(clear);
        password.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument(PASSWORD)
                .executes(storePassword(store, PASSWORD, "0"));
        password.keyword("7", "Specifies a HIDDEN password will follow")
                .argument(HIDDEN_PASSWORD)
                .executes(storePassword(store, HIDDEN_PASSWORD, "7"));
        password.argument(PASSWORD)
                .executes(storePassword(store, PASSWORD, "0"))
                .negates(clear);
    }

    private static CommandHandler storePassword(
            Consumer<Optional<StoredPassword>> store, Arg<String> text, String type) {
        return ctx -> store.accept(Optional.of(parsePassword(type, ctx.get(text))));
    }

    /** A password as typed after its type ({@code 0} plain, {@code 7} hidden); IOS's error when it is not one. */
    static StoredPassword parsePassword(String type, String text) throws CommandException {
        try {
            return StoredPassword.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw new CommandException("Invalid encrypted password: " + text);
        }
    }

    private static void tftp(CommandNode tftp, Router router, Arg<String> source) {
        tftp.keyword("blocksize", "Specify TFTP client blocksize")
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withBlocksize(OptionalInt.empty()))))
                .argument(BLOCKSIZE)
                .executes(
                        ctx -> router.configure(b -> b.tftp(t -> t.withBlocksize(OptionalInt.of(ctx.get(BLOCKSIZE))))))
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withBlocksize(OptionalInt.empty()))));
        tftp.keyword("windowsize", "Specify TFTP client windowsize")
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withWindowsize(OptionalInt.empty()))))
                .argument(WINDOWSIZE)
                .executes(ctx ->
                        router.configure(b -> b.tftp(t -> t.withWindowsize(OptionalInt.of(ctx.get(WINDOWSIZE))))))
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withWindowsize(OptionalInt.empty()))));
        tftp.keyword("source-interface", "Specify interface for source address in TFTP connections")
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withSourceInterface(Optional.empty()))))
                .argument(source)
                .executes(
                        ctx -> router.configure(b -> b.tftp(t -> t.withSourceInterface(Optional.of(ctx.get(source))))))
                .negates(ctx -> router.configure(b -> b.tftp(t -> t.withSourceInterface(Optional.empty()))));
    }
}
