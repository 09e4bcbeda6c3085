package dev.iosemu.device.boot;

import java.util.ArrayList;
import java.util.List;

/**
 * The boot-variable views: {@code show boot} on a Catalyst switch (BOOT path-list and friends) and
 * {@code show bootvar} on routers ({@code BOOT variable = flash:x,12;}).
 */
public final class ShowBoot {
    private ShowBoot() {}

    /**
     * {@code show boot} of a 2960.
     *
     * @param bootPath the BOOT entries
     * @param manualBoot whether MANUAL_BOOT is yes
     * @param nvramBytes the NVRAM size for the config buffer line
     */
    public static List<String> catalyst(List<String> bootPath, boolean manualBoot, long nvramBytes) {
        List<String> out = new ArrayList<>();
        out.add("BOOT path-list      : " + String.join(";", bootPath));
        out.add("Config file         : flash:/config.text");
        out.add("Private Config file : flash:/private-config.text");
        out.add("Enable Break        : yes");
        out.add("Manual Boot         : " + (manualBoot ? "yes" : "no"));
        out.add("Allow Dev Key         : yes");
        out.add("HELPER path-list    : ");
        out.add("Auto upgrade        : yes");
        out.add("Auto upgrade path   : ");
        out.add("Boot optimization   : disabled");
        out.add("NVRAM/Config file");
        out.add("      buffer size:   " + nvramBytes);
        out.add("Timeout for Config");
        out.add("          Download:    0 seconds");
        out.add("Config Download ");
        out.add("       via DHCP:       disabled (next boot: disabled)");
        return out;
    }

    /**
     * {@code show bootvar} of a router.
     *
     * @param bootSystem the {@code boot system} entries
     * @param register the register in effect
     * @param nextRegister the register of the next reload
     */
    public static List<String> router(List<String> bootSystem, int register, int nextRegister) {
        StringBuilder boot = new StringBuilder("BOOT variable = ");
        bootSystem.forEach(entry -> boot.append(BootSelector.normalise(entry)).append(",12;"));
        List<String> out = new ArrayList<>();
        out.add(boot.toString());
        out.add("CONFIG_FILE variable = ");
        out.add("BOOTLDR variable = ");
        out.add(ShowVersion.registerLine(register, nextRegister));
        out.add("");
        return out;
    }
}
