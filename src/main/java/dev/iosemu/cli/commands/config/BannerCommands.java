package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.Banner;
import java.util.Optional;

/**
 * {@code banner exec|login|motd DELIMITER TEXT DELIMITER} and {@code no banner exec|login|motd}. When the
 * text does not close on the command line, the following lines are read as text until the delimiter comes,
 * as IOS does after {@code Enter TEXT message.}
 */
final class BannerCommands {
    private static final Arg<String> TEXT = Arg.line("text", "c banner-text c, where 'c' is a delimiting character");

    private BannerCommands() {}

    static void register(CommandNode config, Router router) {
        CommandNode banner = config.keyword("banner", "Define a login banner");
        kind(banner, Banner.EXEC, "Set EXEC process creation banner", router);
        kind(banner, Banner.LOGIN, "Set login banner", router);
        kind(banner, Banner.MOTD, "Set Message of the Day banner", router);
    }

    private static void kind(CommandNode banner, Banner kind, String help, Router router) {
        banner.keyword(kind.keyword(), help)
                .negates(ctx -> router.configure(b -> b.lines(l -> l.withBanner(kind, Optional.empty()))))
                .argument(TEXT)
                .executes(ctx -> {
                    String text = read(ctx, BannerInput.start(ctx.get(TEXT)));
                    router.configure(b -> b.lines(l -> l.withBanner(kind, Optional.of(text))));
                });
    }

    /** The whole text, reading lines after the command until the delimiter closes it. */
    private static String read(CommandContext ctx, BannerInput input) {
        if (!input.closed()) {
            ctx.out().println("Enter TEXT message.  End with the character '" + input.delimiter() + "'.");
        }
        while (!input.closed()) {
            input = input.plus(ctx.ask(""));
        }
        return input.text();
    }
}
