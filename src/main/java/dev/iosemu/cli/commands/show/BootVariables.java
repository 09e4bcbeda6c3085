package dev.iosemu.cli.commands.show;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.Router;
import dev.iosemu.device.StartupConfig;
import dev.iosemu.image.ImageFamily;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code show boot} (Catalyst: the loader's BOOT path list and flags) and {@code show bootvar} (ISR G2 and
 * IOS-XE: the BOOT variable as the saved configuration sets it, each entry with IOS's retry count 12).
 */
public final class BootVariables {
    private BootVariables() {}

    /** {@code show boot} of a Catalyst switch. */
    public static List<String> showBoot(Router router) {
        BootEnvironment env = router.bootEnvironment();
        long nvram =
                router.fileSystems().find("nvram:").map(fs -> fs.totalBytes()).orElse(0L);
        return List.of(
                ("BOOT path-list      : " + String.join(";", env.bootPath())).stripTrailing(),
                "Config file         : flash:/config.text",
                "Private Config file : flash:/private-config.text",
                "Enable Break        : " + flag(env, "ENABLE_BREAK"),
                "Manual Boot         : " + flag(env, BootEnvironment.MANUAL_BOOT),
                "Allow Dev Key         : yes",
                "HELPER path-list    :",
                "Auto upgrade        : yes",
                "Auto upgrade path   :",
                "Boot optimization   : disabled",
                "NVRAM/Config file",
                "      buffer size:   " + nvram,
                "Timeout for Config",
                "          Download:    0 seconds",
                "Config Download",
                "       via DHCP:       disabled (next boot: disabled)");
    }

    /** {@code show bootvar} of a router: BOOT as the saved configuration sets it. */
    public static List<String> showBootvar(Router router) throws IOException {
        StringBuilder boot = new StringBuilder();
        for (String entry : StartupConfig.bootEntries(router.startupConfigText().orElse(""))) {
            boot.append(entry).append(",12;");
        }
        BootEnvironment env = router.bootEnvironment();
        List<String> lines = new ArrayList<>();
        lines.add(("BOOT variable = " + boot).strip());
        lines.add("CONFIG_FILE variable =");
        boolean xe = router.platform().train() == ImageFamily.IOS_XE;
        lines.add(xe ? "BOOTLDR variable does not exist" : "BOOTLDR variable =");
        lines.add(ShowVersion.registerLine(env.configRegister(), env.nextConfigRegister()));
        if (xe) {
            lines.add("");
            lines.add("Standby not ready to show bootvar");
        }
        return lines;
    }

    private static String flag(BootEnvironment env, String name) {
        return env.get(name).map(v -> v.strip().toLowerCase(Locale.ROOT)).orElse("no");
    }
}
