package dev.iosemu.cli.commands.install;

import dev.iosemu.device.install.Bundle;
import dev.iosemu.device.install.InstallException;
import dev.iosemu.device.install.Installer;
import dev.iosemu.image.BundleExpansion;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.PackagesConf;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code show install package bootflash:X.bin}: what the bundle is, as the installer reads it from its header
 * (the {@code pkginfo} a real bundle carries), and the packages it expands into.
 */
final class PackageView {
    private PackageView() {}

    static List<String> render(Installer installer, String typed, long size) {
        List<String> out = new ArrayList<>();
        Bundle bundle;
        try {
            bundle = installer.bundle(typed);
        } catch (InstallException e) {
            out.add("%Error: " + e.getMessage());
            return out;
        }
        ImageHeader header = bundle.header();
        BundleExpansion expansion = bundle.expansion();
        String device = installer.device();
        out.add("Package: " + bundle.fileName());
        out.add("  Size: " + size);
        out.add("  Canonical path: /" + device.substring(0, device.length() - 1) + bundle.path());
        out.add("");
        out.add("  Internal package information:");
        out.add("    Name: rp_super");
        out.add("    BuildTime: " + PackagesConf.buildTime(header));
        out.add("    Platform: " + header.platform().toUpperCase(Locale.ROOT));
        out.add("    User: mcpre");
        out.add("    PackageName: " + header.featureSet());
        out.add("    Build: " + header.version().padded());
        out.add("    Version: " + expansion.installVersion());
        out.add("");
        out.add("  Package is bootable from media and tftp.");
        out.add("  Package contents:");
        expansion.slices().forEach(slice -> out.add("    " + slice.fileName()));
        return out;
    }
}
