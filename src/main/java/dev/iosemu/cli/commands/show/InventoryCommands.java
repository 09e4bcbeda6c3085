package dev.iosemu.cli.commands.show;

import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.DeviceFacts;
import dev.iosemu.device.Router;
import dev.iosemu.device.boot.VersionInfo;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.profile.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * Registers the inventory and licensing views of an upgrade checklist: {@code show inventory} everywhere,
 * {@code show license udi} and {@code show license} on routers, {@code show platform} and
 * {@code show redundancy} on IOS-XE.
 */
final class InventoryCommands {
    private InventoryCommands() {}

    static void register(CommandNode show, Router router) {
        show.keyword("inventory", "Show the physical inventory")
                .executes(ctx -> ListingCommands.printLines(
                        ctx, InventoryViews.inventory(router.setup().identity())));
        if (router.platform().role() == Role.ROUTER) {
            CommandNode license = show.keyword("license", "Show license information")
                    .executes(ctx -> ListingCommands.printLines(
                            ctx,
                            InventoryViews.licenses(router.setup().identity().licenses())));
            license.keyword("udi", "Show license UDI information")
                    .executes(ctx -> ListingCommands.printLines(
                            ctx, InventoryViews.udi(router.setup().identity())));
        }
        if (router.platform().train() == ImageFamily.IOS_XE) {
            show.keyword("platform", "Show platform information")
                    .executes(ctx -> ListingCommands.printLines(
                            ctx, InventoryViews.platform(router.setup().identity(), uptime(router))));
            show.keyword("redundancy", "Redundancy Facility (RF) information")
                    .executes(ctx -> ListingCommands.printLines(ctx, redundancy(router)));
        }
    }

    private static Duration uptime(Router router) {
        return DeviceFacts.versionInfo(router)
                .map(info -> Duration.between(info.restartedAt(), info.now()))
                .orElse(Duration.ZERO);
    }

    private static List<String> redundancy(Router router) {
        VersionInfo info = DeviceFacts.versionInfo(router).orElseThrow();
        List<String> boot;
        try {
            boot = router.bootSystem().forBoot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return InventoryViews.redundancy(uptime(router), info.image().softwareBanner(), boot, info.configRegister());
    }
}
