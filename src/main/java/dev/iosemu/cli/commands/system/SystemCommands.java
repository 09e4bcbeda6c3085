package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.commands.show.ConfigText;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.Router;

/**
 * Registers the whole-device EXEC commands: {@code write [memory|erase|terminal]},
 * {@code erase startup-config}, {@code reload}, {@code clock set}, {@code ping} and {@code show privilege}.
 */
public final class SystemCommands {
    private SystemCommands() {}

    /** Registers with reloads that boot on the typing session, replaying the startup-config with {@code replayer}. */
    public static void register(CommandRegistry registry, Router router, ConfigReplayer replayer) {
        register(registry, router, BootConsoles.replayingWith(replayer));
    }

    /** Registers with reloads that boot on the console {@code consoles} makes for the typing session. */
    public static void register(CommandRegistry registry, Router router, BootConsoles consoles) {
        CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
        ConfigSaving saving = new ConfigSaving(router);
        CommandNode write = exec.keyword("write", "Write running configuration to memory, network, or terminal")
                .executes(saving::write);
        write.keyword("memory", "Write to NV memory").executes(saving::write);
        write.keyword("erase", "Erase NV memory").executes(saving::erase);
        write.keyword("terminal", "Write to terminal")
                .executes(ctx -> ConfigText.showRunning(router).forEach(ctx.out()::println));
        exec.keyword("erase", "Erase a filesystem")
                .keyword("startup-config", "Erase contents of configuration memory")
                .minimumMatch("startup-config".length()) // a real 1941 calls erase start incomplete
                .executes(saving::erase);
        ClockCommand.register(exec, router.clock(), router.lines());
        PingCommand.register(exec, router);
        TracerouteCommand.register(exec, router);
        exec.keyword("reload", "Halt and perform a cold restart")
                .executes(new ReloadCommand(router, saving, consoles)::execute);
        CommandNode show = exec.keyword("show", "Show running system information");
        show.keyword("privilege", "Show current privilege level").privilege(1).executes(ctx -> ctx.out()
                .println("Current privilege level is " + ctx.session().privilege()));
        LineStatusCommands.register(exec, router);
    }
}
