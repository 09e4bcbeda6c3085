package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.ArgType;
import dev.iosemu.cli.CommandHandler;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Router;
import java.util.Optional;

/**
 * {@code boot system}, the boot markers and {@code config-register}. On a switch {@code boot system} sets the
 * loader's BOOT variable at once; on a router it is a running-config line that needs {@code write}
 * (the router decides, see {@link Router#addBootSystem}).
 */
final class BootCommands {
    private static final CommandHandler IGNORE = ctx -> {};

    private BootCommands() {}

    static void register(CommandNode config, Router router) {
        CommandNode boot = config.keyword("boot", "Modify system boot parameters");
        CommandNode system = boot.keyword("system", "System image file")
                .negates(ctx -> router.bootSystem().remove(Optional.empty()));
        system.keyword("flash", "Boot from flash memory")
                .argument("file", ArgType.word(), "System image filename")
                .executes(ctx -> router.bootSystem().add("flash " + ctx.string("file")))
                .negates(ctx -> router.bootSystem().remove(Optional.of("flash " + ctx.string("file"))));
        system.argument("path", ArgType.word("WORD"), "pathname of boot image (flash:FILE)")
                .executes(ctx -> router.bootSystem().add(ctx.string("path")))
                .negates(ctx -> router.bootSystem().remove(Optional.of(ctx.string("path"))));
        config.keyword("boot-start-marker", "").hidden().executes(IGNORE);
        config.keyword("boot-end-marker", "").hidden().executes(IGNORE);
        if (router.platform().hasConfigRegister()) {
            config.keyword("config-register", "Define the configuration register")
                    .argument("value", ArgType.hex(0, 0xFFFF), "Config register number")
                    .executes(ctx -> router.bootEnvironment().setNextConfigRegister((int) ctx.number("value")));
        }
    }
}
