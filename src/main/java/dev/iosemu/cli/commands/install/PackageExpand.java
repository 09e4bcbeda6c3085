package dev.iosemu.cli.commands.install;

import dev.iosemu.device.install.Bundle;
import dev.iosemu.device.install.InstallException;
import dev.iosemu.device.install.Installer;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.NotEnoughSpaceException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code request platform software package expand file bootflash:X.bin [to bootflash:DIR]}: the older way to
 * turn a bundle into packages and a {@code packages.conf} (beside the bundle unless {@code to} says where),
 * outside the install state; booting that {@code packages.conf} is install mode.
 */
final class PackageExpand {
    private final Installer installer;

    PackageExpand(Installer installer) {
        this.installer = installer;
    }

    /** Expands the bundle {@code typed} names into {@code to}, or beside the bundle when empty. */
    void run(InstallConsole console, String typed, Optional<String> to) {
        console.line("Verifying parameters");
        Bundle bundle;
        try {
            bundle = installer.bundle(typed);
        } catch (InstallException e) {
            console.line("FAILED: " + e.getMessage());
            return;
        }
        String device = installer.device();
        String path = bundle.path().substring(1); // IOS-XE names it bootflash:test/x.bin, with no '/'
        String target = to.orElse(device + path.substring(0, Math.max(0, path.lastIndexOf('/'))));
        String directory = target.substring(target.indexOf(':') + 1);
        directory = directory.isEmpty() ? "/" : directory.startsWith("/") ? directory : "/" + directory;
        console.line("Expanding superpackage " + device + path);
        console.line("Validating package type");
        long[] space = installer.spaceKilobytes(bundle);
        if (space[0] > space[1]) {
            console.line("FAILED: " + installer.device() + " requires " + space[0] + " KB of free space, but only "
                    + space[1] + " KB is available");
            return;
        }
        console.line("Copying package files");
        try {
            List<String> replaced = installer.existing(bundle, directory);
            installer.expand(bundle, directory);
            String shown = target.endsWith(":") ? target.substring(0, target.length() - 1) : target;
            replaced.forEach(file -> console.line(
                    "  WARNING: " + file + " will replace the identical file that already exists in " + shown));
            console.line("SUCCESS: Finished expanding all-in-one software package.");
        } catch (NotEnoughSpaceException e) {
            console.line("FAILED: " + FsErrors.NOT_ENOUGH_SPACE);
        } catch (IOException e) {
            console.line("FAILED: " + FsErrors.reason(e));
        }
    }
}
