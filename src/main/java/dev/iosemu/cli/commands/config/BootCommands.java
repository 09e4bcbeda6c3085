package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
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
    private static final Arg<String> FLASH_FILE = Arg.word("file", "System image filename");
    private static final Arg<String> TFTP_FILE = Arg.word("file", "WORD", "System image filename");
    private static final Arg<String> TFTP_SERVER =
            Arg.word("server", "Hostname or A.B.C.D", "Address from which to download the file");
    private static final Arg<String> PATH = Arg.word("path", "WORD", "pathname of boot image (flash:FILE)");
    private static final Arg<Integer> REGISTER = Arg.hex("value", 0, 0xFFFF, "Config register number");

    private BootCommands() {}

    static void register(CommandNode config, Router router) {
        CommandNode boot = config.keyword("boot", "Modify system boot parameters");
        CommandNode system = boot.keyword("system", "System image file")
                .negates(ctx -> router.bootSystem().remove(Optional.empty()));
        system.keyword("flash", "Boot from flash memory")
                .argument(FLASH_FILE)
                .executes(ctx -> router.bootSystem().add("flash " + ctx.get(FLASH_FILE)))
                .negates(ctx -> router.bootSystem().remove(Optional.of("flash " + ctx.get(FLASH_FILE))));
        CommandNode tftpFile = system.keyword("tftp", "Boot from a tftp server")
                .argument(TFTP_FILE)
                .executes(ctx -> router.bootSystem().add("tftp " + ctx.get(TFTP_FILE)))
                .negates(ctx -> router.bootSystem().remove(Optional.of("tftp " + ctx.get(TFTP_FILE))));
        tftpFile.argument(TFTP_SERVER)
                .executes(ctx -> router.bootSystem().add("tftp " + ctx.get(TFTP_FILE) + " " + ctx.get(TFTP_SERVER)))
                .negates(ctx -> router.bootSystem()
                        .remove(Optional.of("tftp " + ctx.get(TFTP_FILE) + " " + ctx.get(TFTP_SERVER))));
        system.argument(PATH)
                .executes(ctx -> router.bootSystem().add(ctx.get(PATH)))
                .negates(ctx -> router.bootSystem().remove(Optional.of(ctx.get(PATH))));
        config.keyword("boot-start-marker", "").hidden().executes(IGNORE);
        config.keyword("boot-end-marker", "").hidden().executes(IGNORE);
        if (router.platform().hasConfigRegister()) {
            config.keyword("config-register", "Define the configuration register")
                    .argument(REGISTER)
                    .executes(ctx -> router.bootEnvironment().setNextConfigRegister(ctx.get(REGISTER)));
        }
    }
}
