package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.device.DeviceState;
import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.Router;

/**
 * {@code reload}: offers to save a modified configuration ({@code [yes/no]}, asked again until answered),
 * asks {@code Proceed with reload? [confirm]} (any other answer cancels), then hands the console to the
 * device's boot sequence. Typed on the console, the boot runs on this session, and when IOS is back the
 * session starts afresh as the console opens one ({@link LineLogin}: banners, login, user EXEC), ending if the
 * login fails or if the console was left in the boot loader at end of input. Typed on a vty, the session is
 * dropped with every other vty and the device boots on its console line. While another session's reload still boots the
 * device, {@code reload} is refused at once, and again if that boot began while this one asked its questions.
 */
final class ReloadCommand {
    /** What a second {@code reload} prints while the first one still boots the device. */
    static final String IN_PROGRESS = "% A reload is already in progress";

    private final Router router;
    private final ConfigSaving saving;
    private final BootConsoles consoles;

    ReloadCommand(Router router, ConfigSaving saving, BootConsoles consoles) {
        this.router = router;
        this.saving = saving;
        this.consoles = consoles;
    }

    void execute(CommandContext ctx) throws CommandException {
        if (router.bootState().state() != DeviceState.IOS) {
            ctx.out().println(IN_PROGRESS);
            return;
        }
        if (saving.unsaved()) {
            ctx.out().println();
            if (ctx.askYesNo("System configuration has been modified. Save? [yes/no]: ")) {
                saving.write(ctx);
            }
        }
        if (!ctx.confirm("Proceed with reload? [confirm]")) {
            return;
        }
        if (!SessionReload.run(ctx.session(), router, consoles, ReloadReason.COMMAND)) {
            ctx.out().println(IN_PROGRESS);
        }
    }
}
