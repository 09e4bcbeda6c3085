package dev.iosemu.device.boot;

import dev.iosemu.image.ImageHeader;
import java.util.List;
import java.util.Locale;

/**
 * The switch table of a Catalyst's boot and {@code show version}: one row for the switch, its front-panel ports,
 * model, software version and image.
 */
public final class SwitchTable {
    private SwitchTable() {}

    /** The header, the rule and the row of switch 1 (the active one, starred). */
    public static List<String> lines(String model, int ports, ImageHeader image) {
        return List.of(
                "Switch Ports Model              SW Version            SW Image                 ",
                "------ ----- -----              ----------            ----------               ",
                String.format(
                        Locale.ROOT,
                        "*    1 %-6s%-19s%-22s%-25s",
                        ports,
                        model,
                        image.version().text(),
                        image.showVersionImageId()));
    }
}
