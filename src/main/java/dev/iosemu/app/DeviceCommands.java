package dev.iosemu.app;

import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.ShellSettings;
import dev.iosemu.cli.UnmodelledCommands;
import dev.iosemu.cli.commands.archive.ArchiveCommands;
import dev.iosemu.cli.commands.config.ConfigCommands;
import dev.iosemu.cli.commands.config.SetupCommand;
import dev.iosemu.cli.commands.config.StartupReplayer;
import dev.iosemu.cli.commands.connect.ConnectCommands;
import dev.iosemu.cli.commands.copy.CopyCommands;
import dev.iosemu.cli.commands.copy.CopyTimeouts;
import dev.iosemu.cli.commands.copy.UrlFetch;
import dev.iosemu.cli.commands.debug.DebugCommands;
import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.cli.commands.file.FileCommands;
import dev.iosemu.cli.commands.install.InstallCommands;
import dev.iosemu.cli.commands.show.ShowCommands;
import dev.iosemu.cli.commands.ssh.SshCommands;
import dev.iosemu.cli.commands.ssh.SshConnections;
import dev.iosemu.cli.commands.system.BootConsoles;
import dev.iosemu.cli.commands.system.SystemCommands;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.Router;
import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.net.Ticker;

/**
 * Every command area registered for one router: the one place where configuration, show, file, system,
 * copy and debug commands meet. One instance per device, shared by all of its sessions.
 *
 * @param registry the device's command tree
 * @param settings what the IOS shell asks the device (host name, domain lookup, enable secret)
 * @param replayer applies configuration text through the same parser (startup-config, copy to running-config)
 */
record DeviceCommands(CommandRegistry registry, ShellSettings settings, ConfigReplayer replayer) {

    /** How boots run on a session's console and how long copies wait for servers. */
    record Options(
            BootPacing pacing,
            RommonTftp rommonTftp,
            CopyTimeouts copyTimeouts,
            Ticker ticker,
            SshConnections sshConnections) {}

    static DeviceCommands wire(Router router, Options options) {
        CommandRegistry registry = new CommandRegistry();
        ConfigCommands.register(registry, router);
        ShellSettings settings = ConfigCommands.shellSettings(router).build();
        ConfigReplayer replayer = new StartupReplayer(registry, settings);
        ShowCommands.register(registry, router);
        FileCommands.register(registry, router);
        SetupCommand.register(registry, router, replayer);
        BootConsoles consoles = session -> BootConsoles.over(session, options.pacing(), replayer, options.rommonTftp());
        SystemCommands.register(registry, router, consoles);
        InstallCommands.register(registry, router, consoles);
        DebugHub debug = new DebugHub();
        ArchiveCommands.register(
                registry, router, UrlFetch.of(router, debug, options.copyTimeouts(), options.ticker()), consoles);
        CopyCommands.register(registry, router, replayer, debug, options.copyTimeouts(), options.ticker());
        DebugCommands.register(registry, debug);
        SshCommands.register(registry, router, options.sshConnections());
        ConnectCommands.register(registry, router);
        UnmodelledCommands.register(registry, traits(router)); // last: only words no area registered
        return new DeviceCommands(registry, settings, replayer);
    }

    /** The platform traits IOS's vocabulary is marked with ({@code router}/{@code switch}, {@code classic}/{@code xe}). */
    private static java.util.Set<String> traits(Router router) {
        String role = router.platform().role() == dev.iosemu.profile.Role.SWITCH ? "switch" : "router";
        String train = router.platform().train() == dev.iosemu.image.ImageFamily.IOS_XE ? "xe" : "classic";
        return java.util.Set.of(role, train);
    }
}
