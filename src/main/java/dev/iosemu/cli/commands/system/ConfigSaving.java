package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.commands.file.FileAction;
import dev.iosemu.cli.commands.file.FileErrorText;
import dev.iosemu.cli.commands.file.StartupOverwrite;
import dev.iosemu.device.LogStamp;
import dev.iosemu.device.Router;
import dev.iosemu.image.ImageFamily;
import java.io.IOException;
import java.time.Clock;

/** {@code write memory} and {@code write erase} / {@code erase startup-config} with their IOS messages. */
final class ConfigSaving {
    static final String STARTUP = "nvram:startup-config";

    private final Router router;

    ConfigSaving(Router router) {
        this.router = router;
    }

    /**
     * {@code Building configuration...} then {@code [OK]}, after confirming the overwrite of a startup-config
     * another software version wrote.
     */
    void write(CommandContext ctx) throws CommandException {
        if (!StartupOverwrite.allowed(router, ctx::confirm, ctx.out()::println)) {
            return;
        }
        ctx.out().println("Building configuration...");
        try {
            router.writeMemory();
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.WRITING, STARTUP, e);
        }
        ctx.out().println("[OK]");
    }

    /** The erase confirmation, {@code [OK]}, {@code Erase of nvram: complete} and the NV_BLOCK_INIT log. */
    void erase(CommandContext ctx) throws CommandException {
        if (router.platform().train() == ImageFamily.IOS_XE) {
            String stars = "*".repeat(108);
            ctx.out().println(stars);
            ctx.out().println("Erasing Nvram will not clear license trust code.");
            ctx.out().println(stars);
        }
        if (!ctx.confirm("Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]")) {
            return;
        }
        try {
            router.eraseStartupConfig();
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.ERASING, "nvram:", e);
        }
        ctx.out().println("[OK]");
        ctx.out().println("Erase of nvram: complete");
        Clock clock = router.clock();
        router.lines() // the device logs it a moment later: a real console shows it after the next prompt
                .logAfterPrompt(
                        ctx.session(),
                        LogStamp.line(
                                clock.instant(),
                                clock.getZone(),
                                "%SYS-7-NV_BLOCK_INIT: Initialized the geometry of nvram"));
    }

    /**
     * Whether {@code reload} asks to save: the running configuration changed since it was last written or
     * loaded, or there is no startup-config at all (after {@code write erase}).
     */
    boolean unsaved() throws CommandException {
        try {
            return router.configModified() || router.startupConfigText().isEmpty();
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.OPENING, STARTUP, e);
        }
    }
}
