package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.EnableCheck;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ShellSettings;
import dev.iosemu.device.LogStamp;
import dev.iosemu.device.NameServers;
import dev.iosemu.device.Router;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Registers every configuration-mode command of a device on its command registry. Handlers capture
 * the router and change it only through {@link Router#configure} and its other mutators, so sessions
 * share the device safely.
 */
public final class ConfigCommands {
    private ConfigCommands() {}

    /** Registers global, interface and line configuration commands for {@code router}. */
    public static void register(CommandRegistry registry, Router router) {
        register(registry, router, new SecureRandom());
    }

    /** As {@link #register(CommandRegistry, Router)}, with the random source for secret salts. */
    public static void register(CommandRegistry registry, Router router, RandomGenerator random) {
        GlobalCommands.register(registry.root(Mode.GLOBAL_CONFIG), router, random);
        TransferSettingsCommands.register(registry.root(Mode.GLOBAL_CONFIG), router);
        BootCommands.register(registry.root(Mode.GLOBAL_CONFIG), router);
        BannerCommands.register(registry.root(Mode.GLOBAL_CONFIG), router);
        InterfaceCommands.register(registry.root(Mode.GLOBAL_CONFIG), registry.root(Mode.INTERFACE_CONFIG), router);
        LineCommands.register(registry.root(Mode.GLOBAL_CONFIG), registry.root(Mode.LINE_CONFIG), router);
        LoggingCommands.register(registry.root(Mode.GLOBAL_CONFIG), registry.root(Mode.PRIVILEGED_EXEC), router);
        VlanCommands.register(registry.root(Mode.GLOBAL_CONFIG), registry.root(Mode.VLAN_CONFIG), router);
    }

    /**
     * Shell settings that read the router: host name, domain lookup, the host table, the name servers and the
     * enable secret;
     * leaving configuration mode logs {@code %SYS-5-CONFIG_I} naming the line, as IOS does.
     */
    public static ShellSettings.Builder shellSettings(Router router) {
        return ShellSettings.builder()
                .hostname(() -> router.runningConfig().hostname())
                .domainLookup(() -> router.runningConfig().names().lookup())
                .knownHost(name -> router.runningConfig().host(name).map(Object::toString))
                .nameServers(() -> NameServers.shown(router.runningConfig()))
                .nameQuery(name -> NameServers.query(router, name).map(Object::toString))
                .enableSecret(enableSecret(router))
                .onConfigModeExit(session -> router.lines()
                        .log(
                                session,
                                LogStamp.line(
                                        router.clock().instant(),
                                        router.clock().getZone(),
                                        "%SYS-5-CONFIG_I: Configured from console by "
                                                + session.line().requester())));
    }

    /** The {@code enable} check against the router's configured {@code enable secret}. */
    public static EnableCheck enableSecret(Router router) {
        return new EnableCheck() {
            @Override
            public boolean isConfigured() {
                return router.runningConfig().security().enableProtected();
            }

            @Override
            public boolean matches(String attempt) {
                return router.runningConfig().security().enableAccepts(attempt);
            }
        };
    }
}
