package dev.iosemu.device;

import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.config.RunningConfig;
import java.util.List;

/** The running configuration an image starts with before the startup-config is replayed. */
final class FactoryDefaults {
    private FactoryDefaults() {}

    /**
     * The configuration before any command. With a startup-config to replay, every interface starts
     * enabled, since a saved configuration lists {@code shutdown} where it applies; without one, router
     * interfaces start shut down as on a new device.
     */
    static RunningConfig config(DeviceSetup setup, boolean beforeReplay) {
        Family family = setup.identity().family();
        List<InterfaceConfig> interfaces = setup.interfaces().stream()
                .map(name -> InterfaceConfig.unconfigured(name, !beforeReplay && startsShutDown(family, name)))
                .toList();
        return RunningConfig.factory(setup.hostname(), interfaces, lines(family));
    }

    /** Router interfaces start administratively down; switch ports and SVIs start up. */
    private static boolean startsShutDown(Family family, String name) {
        return family != Family.CATALYST;
    }

    private static List<LineConfig> lines(Family family) {
        LineConfig vty = LineConfig.bare(LineKind.VTY, 0, 4).withLogin(LineConfig.Login.LINE);
        if (family == Family.CATALYST) {
            return List.of(
                    LineConfig.bare(LineKind.CON, 0, 0),
                    vty,
                    LineConfig.bare(LineKind.VTY, 5, 15).withLogin(LineConfig.Login.LINE));
        }
        return List.of(LineConfig.bare(LineKind.CON, 0, 0), LineConfig.bare(LineKind.AUX, 0, 0), vty);
    }
}
