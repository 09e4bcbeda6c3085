package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandHandler;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.Router;
import dev.iosemu.profile.LoaderKind;
import java.util.Optional;

/**
 * {@code boot system}, the boot markers and {@code config-register}. On a switch {@code boot system} sets the
 * loader's BOOT variable at once; on a router it is a running-config line that needs {@code write}
 * (the router decides, see {@link Router#addBootSystem}); a switch's loader flags are set at once as well.
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

    /**
     * The {@code switch:} loader's flags, written to its environment at once as {@code boot system} is:
     * {@code boot enable-break}, {@code boot manual} and {@code no service password-recovery}.
     */
    private static void loaderFlags(CommandNode config, CommandNode boot, BootEnvironment env) {
        boot.keyword("enable-break", "Enable Break while booting")
                .executes(ctx -> env.set(BootEnvironment.ENABLE_BREAK, "yes"))
                .negates(ctx -> env.unset(BootEnvironment.ENABLE_BREAK));
        boot.keyword("manual", "Manual Boot")
                .executes(ctx -> env.set(BootEnvironment.MANUAL_BOOT, "yes"))
                .negates(ctx -> env.unset(BootEnvironment.MANUAL_BOOT));
        config.keyword("service", "Modify use of network based services")
                .keyword("password-recovery", "Enable password recovery")
                .executes(ctx -> env.unset(BootEnvironment.DISABLE_PASSWORD_RECOVERY))
                .negates(ctx -> env.set(BootEnvironment.DISABLE_PASSWORD_RECOVERY, "1"));
    }

    static void register(CommandNode config, Router router) {
        CommandNode boot = config.keyword("boot", "Modify system boot parameters");
        CommandNode system = boot.keyword("system", "System image file")
                .negates(ctx -> router.bootSystem().remove(Optional.empty()));
        CommandNode flash = system.keyword("flash", "Boot from flash memory")
                .executes(ctx -> router.bootSystem().add("flash"))
                .negates(ctx -> router.bootSystem().remove(Optional.of("flash")));
        flash.argument(FLASH_FILE)
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
        if (router.platform().loader() == LoaderKind.SWITCH) {
            loaderFlags(config, boot, router.bootEnvironment());
        }
        config.keyword("boot-start-marker", "").hidden().executes(IGNORE);
        config.keyword("boot-end-marker", "").hidden().executes(IGNORE);
        if (router.platform().hasConfigRegister()) {
            config.keyword("config-register", "Define the configuration register")
                    .argument(REGISTER)
                    .executes(ctx -> router.bootEnvironment().setNextConfigRegister(ctx.get(REGISTER)));
        }
    }
}
