package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.ArgType;
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
    private UserCommands() {}

    static void register(CommandNode config, Router router, RandomGenerator random) {
        CommandNode name = config.keyword("username", "Establish User Name Authentication")
                .argument("name", ArgType.word(), "User name")
                .negates(ctx -> router.configure(b -> b.removeUser(ctx.string("name"))));
        credentials(name, router, random);
        credentials(
                name.keyword("privilege", "Set user privilege level")
                        .argument("level", ArgType.number(0, 15), "User privilege level"),
                router,
                random);
    }

    private static void credentials(CommandNode node, Router router, RandomGenerator random) {
        CommandNode secret = node.keyword("secret", "Specify the secret for the user");
        secret.keyword("0", "Specifies an UNENCRYPTED secret will follow")
                .argument("secret", ArgType.line(), "The UNENCRYPTED (cleartext) user secret")
                .executes(ctx -> put(ctx, router, plainSecret(ctx, random), Optional.empty()));
        secret.keyword("5", "Specifies a MD5 HASHED secret will follow")
                .argument("secret", ArgType.word(), "The HASHED user secret string")
                .executes(ctx -> put(ctx, router, hashedSecret(ctx), Optional.empty()));
        secret.argument("secret", ArgType.line(), "The UNENCRYPTED (cleartext) user secret")
                .executes(ctx -> put(ctx, router, plainSecret(ctx, random), Optional.empty()));
        CommandNode password = node.keyword("password", "Specify the password for the user");
        password.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument("password", ArgType.line(), "The UNENCRYPTED (cleartext) user password")
                .executes(ctx -> putPassword(ctx, router, "0"));
        password.keyword("7", "Specifies a HIDDEN password will follow")
                .argument("password", ArgType.word(), "The HIDDEN user password string")
                .executes(ctx -> putPassword(ctx, router, "7"));
        password.argument("password", ArgType.line(), "The UNENCRYPTED (cleartext) user password")
                .executes(ctx -> putPassword(ctx, router, "0"));
    }

    private static Optional<EnableSecret> plainSecret(CommandContext ctx, RandomGenerator random) {
        return Optional.of(EnableSecret.fromPlain(ctx.string("secret"), random));
    }

    private static Optional<EnableSecret> hashedSecret(CommandContext ctx) throws CommandException {
        return Optional.of(GlobalCommands.parseHashedSecret(ctx.string("secret")));
    }

    private static void putPassword(CommandContext ctx, Router router, String type) throws CommandException {
        put(ctx, router, Optional.empty(), Optional.of(TransferSettingsCommands.parsePassword(ctx, type)));
    }

    private static void put(
            CommandContext ctx, Router router, Optional<EnableSecret> secret, Optional<StoredPassword> password) {
        OptionalInt privilege = ctx.has("level") ? OptionalInt.of((int) ctx.number("level")) : OptionalInt.empty();
        UserAccount user = new UserAccount(ctx.string("name"), privilege, secret, password);
        router.configure(b -> b.putUser(user));
    }
}
