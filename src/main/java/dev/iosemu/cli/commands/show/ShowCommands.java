package dev.iosemu.cli.commands.show;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.commands.file.FileAction;
import dev.iosemu.cli.commands.file.FileErrorText;
import dev.iosemu.device.DeviceFacts;
import dev.iosemu.device.NameServers;
import dev.iosemu.device.Platform;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.InterfaceBrief;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.profile.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the display commands of one device: {@code show version}, {@code show flash:} (one keyword per
 * flash prefix and alias), {@code dir}, {@code show file systems}, {@code show boot} (Catalyst only),
 * {@code show bootvar} (routers only), {@code show running-config}, {@code show startup-config} and
 * {@code show clock}. Each reads the device at the time it runs.
 */
public final class ShowCommands {
    private ShowCommands() {}

    /** Adds the show and {@code dir} commands for {@code router} to the EXEC tree of {@code registry}. */
    public static void register(CommandRegistry registry, Router router) {
        CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
        CommandNode show = exec.keyword("show", "Show running system information");
        ListingCommands listings = new ListingCommands(router);
        show.keyword("version", "System hardware and software status")
                .privilege(1)
                .executes(ctx -> ListingCommands.printLines(ctx, showVersion(router)));
        show.keyword("clock", "Display the system clock")
                .privilege(1)
                .executes(ctx -> ctx.out().println(ClockText.of(router.clock())))
                .keyword("detail", "Display detailed information")
                .executes(ctx -> {
                    ctx.out().println(ClockText.of(router.clock()));
                    ctx.out().println(ClockText.source(router.clock()));
                });
        show.keyword("file", "Show filesystem information")
                .keyword("systems", "List filesystems")
                .executes(ctx -> ListingCommands.printLines(
                        ctx,
                        FileSystemTable.render(
                                router.platform().role(), router.setup().fileSystemRows(), router.fileSystems())));
        show.keyword("hosts", "IP domain-name, lookup style, nameservers, and host table")
                .privilege(1)
                .executes(ctx -> ListingCommands.printLines(
                        ctx,
                        HostTable.render(
                                router.runningConfig().names().lookup(),
                                router.runningConfig().names().domainName(),
                                NameServers.shown(router.runningConfig()),
                                router.runningConfig().names().hosts())));
        CommandNode ip = show.keyword("ip", "IP information");
        ip.keyword("route", "IP routing table")
                .privilege(1)
                .executes(ctx -> ListingCommands.printLines(ctx, routeTable(router)));
        ip.keyword("interface", "IP interface status and configuration")
                .keyword("brief", "Brief summary of IP status and configuration")
                .privilege(1)
                .executes(ctx -> ListingCommands.printLines(
                        ctx, InterfaceBrief.render(router.runningConfig().interfaces(), router.links()::linkUp)));
        show.keyword("running-config", "Current operating configuration")
                .executes(ctx -> ListingCommands.printLines(ctx, ConfigText.showRunning(router)));
        show.keyword("startup-config", "Contents of startup configuration").executes(ctx -> showStartup(ctx, router));
        NetworkShowCommands.register(show, router);
        registerBoot(show, router);
        InventoryCommands.register(show, router);
        for (LocalFileSystem fs : flashFileSystems(router)) {
            registerShowFlash(show, fs, listings);
        }
        exec.keyword("dir", "List files on a filesystem")
                .option(ListingCommands.ALL)
                .executes(listings::dir)
                .argument(listings.path)
                .executes(listings::dir);
    }

    /** {@code show boot} on a switch, {@code show bootvar} on routers. */
    private static void registerBoot(CommandNode show, Router router) {
        Platform platform = router.platform();
        if (platform.role() == Role.SWITCH) {
            show.keyword("boot", "show boot attributes")
                    .executes(ctx -> ListingCommands.printLines(ctx, BootVariables.showBoot(router)));
        } else {
            show.keyword("bootvar", "Boot and related environment variable").executes(ctx -> showBootvar(ctx, router));
        }
        if (platform.role() == Role.ROUTER && platform.train() == ImageFamily.CLASSIC_IOS) {
            // A classic IOS router has no show boot; without this the word would abbreviate bootvar.
            show.keyword("boot", "show boot attributes").unavailable();
        }
    }

    /** {@code show flash:} and its aliases; the bare stem ({@code flash}) is a hidden exact keyword. */
    private static void registerShowFlash(CommandNode show, LocalFileSystem fs, ListingCommands listings) {
        List<String> names = new ArrayList<>();
        names.add(fs.prefix());
        names.addAll(fs.spec().aliases());
        for (String name : names) {
            String help = "display information about " + name + " file system";
            show.keyword(name, help)
                    .privilege(1)
                    .executes(ctx -> listings.showFlash(ctx, fs))
                    .keyword("all", "show all possible flash info")
                    .executes(ctx -> listings.showFlash(ctx, fs));
            show.keyword(name.substring(0, name.length() - 1), help)
                    .hidden()
                    .privilege(1)
                    .executes(ctx -> listings.showFlash(ctx, fs));
        }
    }

    private static List<LocalFileSystem> flashFileSystems(Router router) {
        return router.fileSystems().all().stream()
                .filter(fs -> fs.spec().hasSize() && fs.spec().type() != FileSystemType.NVRAM)
                .filter(fs -> fs.spec().access().canWrite())
                .toList();
    }

    /** A switch that does not route shows its default gateway; a router its routing table. */
    private static List<String> routeTable(Router router) {
        RunningConfig config = router.runningConfig();
        return router.platform().role() == Role.SWITCH
                ? RouteTable.renderHost(config)
                : RouteTable.render(config, router.links()::lineProtocolUp);
    }

    /** {@code show version}: nothing unless IOS runs. */
    private static List<String> showVersion(Router router) {
        return DeviceFacts.versionInfo(router)
                .map(info -> ShowVersion.render(info, router.clock().getZone()))
                .orElse(List.of());
    }

    private static void showStartup(CommandContext ctx, Router router) throws CommandException {
        try {
            ListingCommands.printLines(ctx, ConfigText.showStartup(router));
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.OPENING, "nvram:startup-config", e);
        }
    }

    private static void showBootvar(CommandContext ctx, Router router) throws CommandException {
        try {
            ListingCommands.printLines(ctx, BootVariables.showBootvar(router));
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.OPENING, "nvram:startup-config", e);
        }
    }
}
