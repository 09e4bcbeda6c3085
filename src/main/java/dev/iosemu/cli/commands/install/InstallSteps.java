package dev.iosemu.cli.commands.install;

import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.install.Bundle;
import dev.iosemu.device.install.InstallException;
import dev.iosemu.device.install.InstalledImage;
import dev.iosemu.device.install.Installer;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.image.PackagesConf;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The add, activate and commit steps as a router prints them, each usable alone ({@code install add},
 * {@code install activate}, {@code install commit}) or in sequence ({@code install add file ... activate
 * commit}). A step that fails prints its {@code FAILED:} line and returns false.
 */
final class InstallSteps {
    private final InstallConsole console;
    private final Installer installer;

    InstallSteps(InstallConsole console, Installer installer) {
        this.console = console;
        this.installer = installer;
    }

    /** Checks and expands the bundle; empty when it failed (the failure is printed). */
    Optional<PackagesConf> add(String typed, String operation) {
        console.line("install_add: Adding IMG");
        Bundle bundle;
        try {
            bundle = installer.bundle(typed);
            installer.checkNotAdded(bundle);
        } catch (InstallException e) {
            console.failed("install_add", e.getMessage());
            return Optional.empty();
        }
        long[] space = installer.spaceKilobytes(bundle);
        if (space[0] > space[1]) {
            noSpace(operation, bundle, space[0], space[1]);
            return Optional.empty();
        }
        console.line("--- Starting initial file syncing ---");
        console.line("Copying " + typed + " from  " + InstallConsole.MEMBER + " to  " + InstallConsole.MEMBER);
        console.line("Info: Finished copying to the selected ");
        console.line("Finished initial file syncing");
        console.blank();
        console.line("--- Starting Add ---");
        console.line("Performing Add on all members");
        try {
            PackagesConf conf = installer.add(bundle);
            console.line(" [1] Finished Add package(s) on  " + InstallConsole.MEMBER);
            console.line("Checking status of Add on [" + InstallConsole.MEMBER + "]");
            console.line("Add: Passed on [" + InstallConsole.MEMBER + "]");
            console.line("Finished Add");
            console.blank();
            console.line("Image added. Version: " + conf.installVersion());
            return Optional.of(conf);
        } catch (NotEnoughSpaceException e) {
            noSpace(operation, bundle, space[0], installer.spaceKilobytes(bundle)[1]);
        } catch (IOException e) {
            console.line(" [1]  " + InstallConsole.MEMBER + " FAILED: " + FsErrors.reason(e));
            console.line("FAILED: " + operation + " /" + deviceName() + bundle.path() + " " + console.now());
        }
        return Optional.empty();
    }

    private void noSpace(String operation, Bundle bundle, long needed, long available) {
        String device = "/" + deviceName();
        console.line(" [1]  " + InstallConsole.MEMBER + " FAILED: " + device + " requires " + needed
                + " KB of free space, but only " + available + " KB is available");
        console.line("FAILED: " + operation + " " + device + bundle.path() + " " + console.now());
    }

    private String deviceName() {
        return installer.device().substring(0, installer.device().length() - 1);
    }

    /**
     * Lists the packages of the image to activate and asks to proceed; empty when there is none, the user
     * declined or the boot configuration does not name packages.conf and the user does not confirm it will.
     */
    Optional<InstalledImage> confirmActivation(String operation) {
        Optional<InstalledImage> image = installer.toActivate();
        if (image.isEmpty()) {
            console.failed(operation, "No inactive package found to activate");
            return Optional.empty();
        }
        console.line("install_activate: Activating IMG");
        console.line("Following packages shall be activated:");
        try {
            installer.packages(image.get()).stream().sorted().forEach(p -> console.line("/" + deviceName() + "/" + p));
            console.blank();
            if (!installer.bootsPackages()
                    && !console.yesNo("Please confirm you have changed boot config to " + installer.device()
                            + Installer.PACKAGES_CONF)) {
                console.failed(operation, "Boot config is not set to " + installer.device() + Installer.PACKAGES_CONF);
                return Optional.empty();
            }
        } catch (IOException e) {
            console.failed(operation, FsErrors.reason(e));
            return Optional.empty();
        }
        if (!console.reloadConfirmed()) {
            console.failed(operation, "Operation aborted by user");
            return Optional.empty();
        }
        return image;
    }

    /**
     * Activates, printing the timer's start interleaved as a router's console shows it; empty when it failed,
     * else why the coming reload happens.
     */
    Optional<ReloadReason> activate(InstalledImage image, boolean commit, String operation) {
        console.blank();
        console.line("--- Starting Activate ---");
        console.line("Performing Activate on all members");
        List<String> after = List.of(
                " [1] Finished Activate on  " + InstallConsole.MEMBER,
                "Checking status of Activate on [" + InstallConsole.MEMBER + "]",
                "Activate: Passed on [" + InstallConsole.MEMBER + "]",
                "Finished Activate");
        ReloadReason reason;
        try {
            reason = installer.activate(image, commit);
        } catch (IOException e) {
            console.failed(operation, FsErrors.reason(e));
            return Optional.empty();
        }
        console.line(" [1] Activate package(s) on  " + InstallConsole.MEMBER);
        console.log(
                "%INSTALL-5-INSTALL_AUTO_ABORT_TIMER_PROGRESS: " + InstallConsole.MEMBER
                        + "/0: rollback_timer: Install auto abort timer will expire in "
                        + Installer.AUTO_ABORT.toSeconds() + " seconds",
                true);
        after.forEach(console::line);
        return Optional.of(reason);
    }

    /** The commit step's lines; {@code alone} for {@code install commit}, whose wording differs a little. */
    void commitLines(boolean alone) {
        String packages = alone ? "packages(s)" : "package(s)";
        console.line("--- Starting Commit ---");
        console.line("Performing Commit on all members");
        console.line(" [1] Commit " + packages + " on  " + InstallConsole.MEMBER);
        console.line(" [1] Finished Commit " + (alone ? "packages(s) " : "") + "on  " + InstallConsole.MEMBER);
        console.line("Checking status of Commit on [" + InstallConsole.MEMBER + "]");
        console.line("Commit: Passed on [" + InstallConsole.MEMBER + "]");
        console.line("Finished Commit operation");
    }
}
