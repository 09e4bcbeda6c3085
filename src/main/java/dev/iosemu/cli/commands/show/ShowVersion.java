package dev.iosemu.cli.commands.show;

import dev.iosemu.device.Platform;
import dev.iosemu.device.boot.ImageBanner;
import dev.iosemu.device.boot.LegalText;
import dev.iosemu.device.boot.SwitchTable;
import dev.iosemu.device.boot.VersionInfo;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.profile.Role;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@code show version} from a {@link VersionInfo}: the IOS-XE layout for that train, the Catalyst
 * layout (with its switch table) for a classic switch, the ISR G2 layout otherwise.
 */
public final class ShowVersion {
    private ShowVersion() {}

    /** The lines of {@code show version}. */
    public static List<String> render(VersionInfo info, ZoneId zone) {
        Platform platform = info.identity().platform();
        if (platform.train() == ImageFamily.IOS_XE) {
            return xe(info, zone);
        }
        return platform.role() == Role.SWITCH ? catalyst(info, zone) : isr(info, zone);
    }

    /** {@code Configuration register is 0x2102 (will be 0x0 at next reload)}. */
    public static String registerLine(int current, int next) {
        String line = String.format(Locale.ROOT, "Configuration register is 0x%X", current);
        return next == current ? line : line + String.format(Locale.ROOT, " (will be 0x%X at next reload)", next);
    }

    private static List<String> isr(VersionInfo info, ZoneId zone) {
        List<String> out = new ArrayList<>(ImageBanner.lines(info.image()));
        out.add("");
        out.addAll(info.identity().romShowVersionLines());
        out.add("");
        uptimeBlock(out, info, zone, "reload at ");
        out.add("Last reload type: Normal Reload");
        out.add("Last reload reason: "
                + info.lastReload().map(t -> "Reload Command").orElse("power-on"));
        out.add("");
        out.add("");
        out.add("");
        out.addAll(LegalText.CRYPTO_NOTICE);
        out.add("");
        out.addAll(info.identity().hardwareBlock());
        licenses(out, info);
        out.add(registerLine(info.configRegister(), info.nextConfigRegister()));
        return out;
    }

    private static List<String> catalyst(VersionInfo info, ZoneId zone) {
        List<String> out = new ArrayList<>(ImageBanner.lines(info.image()));
        out.add("");
        out.addAll(info.identity().romShowVersionLines());
        out.add("");
        uptimeBlock(out, info, zone, null);
        out.add("Last reload reason: "
                + info.lastReload().map(t -> "Reload command").orElse("power-on"));
        out.add("");
        out.add("");
        out.addAll(LegalText.CRYPTO_NOTICE);
        out.add("");
        out.addAll(info.identity().hardwareBlock());
        out.add("");
        out.add("");
        out.addAll(SwitchTable.lines(info.identity().model(), info.switchPorts(), info.image()));
        out.add("");
        out.add("");
        out.add(registerLine(info.configRegister(), info.nextConfigRegister()));
        return out;
    }

    private static List<String> xe(VersionInfo info, ZoneId zone) {
        List<String> out = new ArrayList<>(ImageBanner.lines(info.image()));
        out.add("");
        out.add("");
        out.addAll(LegalText.xeGplNotice(info.image().buildDate().getYear()));
        out.add("");
        out.add("");
        out.addAll(info.identity().romShowVersionLines());
        out.add("");
        uptimeBlock(out, info, zone, "Reload Command at ");
        out.add("Last reload reason: "
                + info.lastReload().map(t -> xeReason(info)).orElse("PowerOn"));
        out.add("");
        out.add("");
        out.add("");
        out.addAll(LegalText.CRYPTO_NOTICE);
        out.add("");
        out.add("");
        out.add("");
        if (!info.identity().licenseLines().isEmpty()) {
            out.addAll(info.identity().licenseLines());
            out.add("");
        }
        out.addAll(info.identity().hardwareBlock());
        if (info.image().version().xeAtLeast(16, 9)) {
            // a real ISR4451 on 16.6 has no such line, a C9800 on 17.7 has it; 16.9 keeps the line it had
            out.add("Installation mode is " + (installMode(info) ? "INSTALL" : "BUNDLE") + " ");
        }
        out.add("");
        out.add(registerLine(info.configRegister(), info.nextConfigRegister()));
        return out;
    }

    /** Booted from a provisioning file ({@code packages.conf}): its packages, not a bundle. */
    private static boolean installMode(VersionInfo info) {
        return info.systemImageFile().endsWith(".conf");
    }

    /**
     * IOS-XE names an install reload by itself, with the trailing blank its log text has ({@code Install }); a
     * {@code reload} is a {@code Reload Command}.
     */
    private static String xeReason(VersionInfo info) {
        return info.reloadReason().equals("Reload Command") ? "Reload Command" : info.reloadReason() + " ";
    }

    private static void uptimeBlock(List<String> out, VersionInfo info, ZoneId zone, String reloadWording) {
        String uptime = IosTime.uptime(Duration.between(info.restartedAt(), info.now()));
        out.add(info.hostname() + " uptime is " + uptime);
        if (info.identity().platform().train() == ImageFamily.IOS_XE) {
            out.add("Uptime for this control processor is " + uptime);
        }
        String returned = info.lastReload()
                .filter(t -> reloadWording != null)
                .map(t -> info.reloadReason().equals("Reload Command")
                        ? reloadWording + IosTime.timestamp(t, zone)
                        : info.reloadReason() + " ")
                .orElse(info.lastReload().isPresent() && reloadWording == null ? "Reload command" : "power-on");
        out.add("System returned to ROM by " + returned);
        out.add("System restarted at " + IosTime.timestamp(info.restartedAt(), zone));
        out.add("System image file is \"" + info.systemImageFile() + "\"");
    }

    /** The profile's licence block carries its own blank lines; without one a single blank line separates. */
    private static void licenses(List<String> out, VersionInfo info) {
        if (info.identity().licenseLines().isEmpty()) {
            out.add("");
        } else {
            out.addAll(info.identity().licenseLines());
        }
    }
}
