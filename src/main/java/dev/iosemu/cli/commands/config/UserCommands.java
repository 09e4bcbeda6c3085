package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.EnableSecret;
import dev.iosemu.device.config.StoredPassword;
import dev.iosemu.device.config.UserAccount;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * {@code username NAME [privilege N] secret [0|5] TEXT}, {@code username NAME [privilege N] password [0|7]
 * TEXT} and {@code no username NAME}: the local users {@code login local} refers to. A new entry for a name
 * replaces the old one.
 */
final class UserCommands {
    private static final Arg<String> NAME = Arg.word("name", "User name");
    private static final Arg<Integer> LEVEL = Arg.number("level", 0, 15, "User privilege level");
    private static final Arg<String> SECRET = Arg.line("secret", "The UNENCRYPTED (cleartext) user secret");
    private static final Arg<String> HASHED_SECRET = Arg.word("secret", "The HASHED user secret string");
    private static final Arg<String> PASSWORD = Arg.line("password", "The UNENCRYPTED (cleartext) user password");
    private static final Arg<String> HIDDEN_PASSWORD = Arg.word("password", "The HIDDEN user password string");

    private UserCommands() {}

    static void register(CommandNode config, Router router, RandomGenerator random) {
        CommandNode name = config.keyword("username", "Establish User Name Authentication")
                .argument(NAME)
                .negates(ctx -> router.configure(b -> b.security(s -> s.withoutUser(ctx.get(NAME)))));
        credentials(name, router, random);
        credentials(name.keyword("privilege", "Set user privilege level").argument(LEVEL), router, random);
    }

    private static void credentials(CommandNode node, Router router, RandomGenerator random) {
        CommandNode secret = node.keyword("secret", "Specify the secret for the user");
        secret.keyword("0", "Specifies an UNENCRYPTED secret will follow")
                .argument(SECRET)
                .executes(ctx -> put(ctx, router, plainSecret(ctx, random), Optional.empty()));
        secret.keyword("5", "Specifies a MD5 HASHED secret will follow")
                .argument(HASHED_SECRET)
                .executes(ctx -> put(ctx, router, hashedSecret(ctx), Optional.empty()));
        secret.argument(SECRET).executes(ctx -> put(ctx, router, plainSecret(ctx, random), Optional.empty()));
        CommandNode password = node.keyword("password", "Specify the password for the user");
        password.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument(PASSWORD)
                .executes(ctx -> putPassword(ctx, router, ctx.get(PASSWORD), "0"));
        password.keyword("7", "Specifies a HIDDEN password will follow")
                .argument(HIDDEN_PASSWORD)
                .executes(ctx -> putPassword(ctx, router, ctx.get(HIDDEN_PASSWORD), "7"));
        password.argument(PASSWORD).executes(ctx -> putPassword(ctx, router, ctx.get(PASSWORD), "0"));
    }

    private static Optional<EnableSecret> plainSecret(CommandContext ctx, RandomGenerator random) {
        return Optional.of(EnableSecret.fromPlain(ctx.get(SECRET), random));
    }

    private static Optional<EnableSecret> hashedSecret(CommandContext ctx) throws CommandException {
        return Optional.of(GlobalCommands.parseHashedSecret(ctx.get(HASHED_SECRET)));
    }

    private static void putPassword(CommandContext ctx, Router router, String text, String type)
            throws CommandException {
        put(ctx, router, Optional.empty(), Optional.of(TransferSettingsCommands.parsePassword(type, text)));
    }

    private static void put(
            CommandContext ctx, Router router, Optional<EnableSecret> secret, Optional<StoredPassword> password) {
        OptionalInt privilege = ctx.optional(LEVEL).map(OptionalInt::of).orElse(OptionalInt.empty());
        UserAccount user = new UserAccount(ctx.get(NAME), privilege, secret, password);
        router.configure(b -> b.security(s -> s.withUser(user)));
    }
}
