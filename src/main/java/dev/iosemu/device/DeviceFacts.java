package dev.iosemu.device;

import dev.iosemu.device.boot.ImageBanner;
import dev.iosemu.device.boot.VersionInfo;
import dev.iosemu.device.config.RenderContext;
import dev.iosemu.profile.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** The facts a device hands its renderers: how its configuration prints now, and what show version says. */
public final class DeviceFacts {
    private DeviceFacts() {}

    /** How the configuration of a device prints at each moment: read from its boot lifecycle and environment. */
    static Supplier<RenderContext> rendering(Platform platform, BootLifecycle boot, BootEnvironment environment) {
        return () -> renderContext(platform, boot.now().booted(), environment.nextConfigRegister());
    }

    /** The dialect, the booted image's version line, and the pending register unless it is the factory one. */
    static RenderContext renderContext(Platform platform, Optional<BootedImage> booted, int nextRegister) {
        OptionalInt factory = platform.factoryConfigRegister();
        OptionalInt shown = factory.isEmpty() || nextRegister == factory.getAsInt()
                ? OptionalInt.empty()
                : OptionalInt.of(nextRegister);
        String version = booted.map(b -> ImageBanner.configVersion(b.header())).orElse("15.0");
        return new RenderContext(platform.configStyle(), version, shown);
    }

    /** What {@code show version} prints about {@code router} now; empty unless IOS is running. */
    public static Optional<VersionInfo> versionInfo(Router router) {
        return versionInfo(
                router.setup(),
                router.bootState(),
                router.runningConfig().hostname(),
                router.bootEnvironment(),
                router.clock().instant());
    }

    private static Optional<VersionInfo> versionInfo(
            DeviceSetup setup, BootState boot, String hostname, BootEnvironment environment, Instant now) {
        int switchPorts = setup.identity().platform().role() == Role.SWITCH ? setup.switchPorts() : 0;
        return boot.booted()
                .map(image -> new VersionInfo(
                        setup.identity().withPasswordRecovery(environment.passwordRecovery()),
                        hostname,
                        image.header(),
                        image.path(),
                        boot.restartedAt(),
                        boot.lastReload(),
                        boot.reloadReason().text(),
                        environment.configRegister(),
                        environment.nextConfigRegister(),
                        now,
                        switchPorts));
    }
}
