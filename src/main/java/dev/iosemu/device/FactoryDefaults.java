package dev.iosemu.device;

import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.profile.Role;
import java.util.List;

/** The running configuration an image starts with before the startup-config is replayed. */
final class FactoryDefaults {
    private FactoryDefaults() {}

    /**
     * The configuration before any command. With a startup-config to replay, every interface starts
     * enabled, since a saved configuration lists {@code shutdown} where it applies; without one, router
     * interfaces start shut down as on a new device, while switch ports and SVIs start up.
     */
    static RunningConfig config(DeviceSetup setup, boolean beforeReplay) {
        Role role = setup.identity().platform().role();
        List<InterfaceConfig> interfaces = setup.interfaces().stream()
                .map(name -> InterfaceConfig.unconfigured(name, !beforeReplay && role == Role.ROUTER))
                .toList();
        return RunningConfig.factory(setup.hostname(), interfaces, lines(role));
    }

    /** A switch has vty 0 15 and no aux port; a router con 0, aux 0 and vty 0 4. */
    private static List<LineConfig> lines(Role role) {
        LineConfig vty = LineConfig.bare(LineKind.VTY, 0, 4).withLogin(LineConfig.Login.LINE);
        if (role == Role.SWITCH) {
            return List.of(
                    LineConfig.bare(LineKind.CON, 0, 0),
                    vty,
                    LineConfig.bare(LineKind.VTY, 5, 15).withLogin(LineConfig.Login.LINE));
        }
        return List.of(LineConfig.bare(LineKind.CON, 0, 0), LineConfig.bare(LineKind.AUX, 0, 0), vty);
    }
}
