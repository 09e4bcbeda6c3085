package dev.iosemu.cli.commands.install;

import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.install.InstallException;
import dev.iosemu.device.install.Installer;
import dev.iosemu.device.install.RemovalPlan;
import dev.iosemu.device.install.RollbackPoint;
import dev.iosemu.fs.FsErrors;
import java.io.IOException;

/**
 * {@code install rollback to base|committed|id N}, {@code install remove inactive} (with its deletion
 * prompt) and {@code install auto-abort-timer stop}.
 */
final class InstallMaintenance {
    private final Installer installer;
    private final InstallOperations operations;
    private final InstallLog log;

    InstallMaintenance(Installer installer, InstallOperations operations) {
        this.installer = installer;
        this.operations = operations;
        this.log = new InstallLog(installer);
    }

    /** {@code install rollback to TARGET [ID]}. */
    void rollback(InstallConsole console, String target, int id) {
        String name = "install_rollback";
        int number = log.begin(name, console);
        console.started("rollback");
        console.line(name + ": START " + console.now());
        RollbackPoint point;
        try {
            point = installer.rollbackPoint(target, id);
        } catch (InstallException e) {
            fail(console, number, name, e.getMessage());
            return;
        }
        console.line(name + ": Rolling back to " + point.version());
        console.blank();
        if (!console.reloadConfirmed()) {
            fail(console, number, name, "Operation aborted by user");
            return;
        }
        ReloadReason reason;
        try {
            reason = installer.rollback(point);
        } catch (IOException e) {
            fail(console, number, name, FsErrors.reason(e));
            return;
        }
        console.blank();
        console.line("--- Starting Rollback ---");
        console.line("Performing Rollback on all members");
        console.line(" [1] Rollback package(s) on  " + InstallConsole.MEMBER);
        console.line(" [1] Finished Rollback on  " + InstallConsole.MEMBER);
        console.line("Checking status of Rollback on [" + InstallConsole.MEMBER + "]");
        console.line("Rollback: Passed on [" + InstallConsole.MEMBER + "]");
        console.line("Finished Rollback operation");
        console.blank();
        console.line("SUCCESS: " + name + " " + console.now());
        console.completed("rollback");
        log.end(number, name, true, console);
        operations.reload(console.session(), reason);
    }

    /** {@code install remove inactive}: what stays, what goes, the question, the deletions, the cleanup. */
    void removeInactive(InstallConsole console) {
        String name = "install_remove";
        int number = log.begin(name, console);
        console.line(name + ": START " + console.now());
        RemovalPlan plan;
        try {
            plan = installer.removalPlan();
        } catch (IOException e) {
            fail(console, number, name, FsErrors.reason(e));
            return;
        }
        String device = installer.device();
        console.line("Cleaning up unnecessary package files");
        console.line("No path specified, will use booted path " + bootedPath(console));
        console.line("Cleaning " + device);
        console.line("  Scanning boot directory for packages ... done.");
        console.line("  Preparing packages list to delete ...");
        for (String file : plan.inUse()) {
            console.line("    " + file);
            console.line("      File is in use, will not delete.");
        }
        console.line("  done.");
        console.blank();
        if (plan.toDelete().isEmpty()) {
            console.line("SUCCESS: No extra package or provisioning files found on media. Nothing to clean.");
            log.end(number, name, true, console);
            return;
        }
        console.line("The following files will be deleted:");
        console.line("[" + InstallConsole.MEMBER + "]:");
        plan.toDelete().forEach(file -> console.line("/" + InstallOperations.bare(device) + "/" + file));
        if (!console.yesNo("Do you want to remove the above files?")) {
            fail(console, number, name, "Operation aborted by user");
            return;
        }
        try {
            installer.remove(plan);
        } catch (IOException e) {
            fail(console, number, name, FsErrors.reason(e));
            return;
        }
        plan.toDelete().forEach(file -> console.line("Deleting file " + device + file + " ... done."));
        console.line("SUCCESS: Files deleted.");
        console.line("--- Starting Post_Remove_Cleanup ---");
        console.line("Performing Post_Remove_Cleanup on all members");
        console.line("  [1] Post_Remove_Cleanup package(s) on " + InstallConsole.MEMBER);
        console.line("  [1] Finished Post_Remove_Cleanup on " + InstallConsole.MEMBER);
        console.line("Checking status of Post_Remove_Cleanup on [" + InstallConsole.MEMBER + "]");
        console.line("Post_Remove_Cleanup: Passed on [" + InstallConsole.MEMBER + "]");
        console.line("Finished Post_Remove_Cleanup");
        console.line("SUCCESS: " + name + "  " + console.now());
        log.end(number, name, true, console);
    }

    /** {@code install auto-abort-timer stop}. */
    void stopTimer(InstallConsole console) {
        try {
            if (!installer.stopTimer()) {
                console.line("FAILED: install_auto_abort_timer : No auto abort timer is running");
            }
        } catch (IOException e) {
            console.line("FAILED: install_auto_abort_timer : " + FsErrors.reason(e));
        }
    }

    private String bootedPath(InstallConsole console) {
        return console.bootedPath().orElse(installer.device() + Installer.PACKAGES_CONF);
    }

    private void fail(InstallConsole console, int number, String name, String reason) {
        console.failed(name, reason);
        log.end(number, name, false, console);
    }
}
