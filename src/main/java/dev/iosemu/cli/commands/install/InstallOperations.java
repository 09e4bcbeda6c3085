package dev.iosemu.cli.commands.install;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.commands.system.BootConsoles;
import dev.iosemu.cli.commands.system.SessionReload;
import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.Router;
import dev.iosemu.device.install.InstallException;
import dev.iosemu.device.install.InstalledImage;
import dev.iosemu.device.install.Installer;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.image.PackagesConf;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code install add [activate [commit]]}, {@code install activate}, {@code install commit} and
 * {@code install abort}: the steps in sequence with their start, success and log lines, the reload that an
 * activation or abort ends with, and the install log kept for {@code show install log}.
 */
final class InstallOperations {
    private final Router router;
    private final Installer installer;
    private final BootConsoles consoles;
    private final InstallLog log;

    InstallOperations(Router router, Installer installer, BootConsoles consoles) {
        this.router = router;
        this.installer = installer;
        this.consoles = consoles;
        this.log = new InstallLog(installer);
    }

    /** {@code install add file PATH [activate [commit]]}. */
    void add(InstallConsole console, String typed, boolean activate, boolean commit) {
        String op = activate ? (commit ? "add_activate_commit" : "add_activate") : "add";
        String name = "install_" + op;
        if (activate && !UnsavedConfig.settled(console, router)) {
            return;
        }
        int number = log.begin(name, console);
        console.started(op + " " + typed);
        console.line(name + ": START " + console.now());
        InstallSteps steps = new InstallSteps(console, installer);
        Optional<PackagesConf> added = steps.add(typed, op);
        if (added.isEmpty()) {
            log.end(number, name, false, console);
            return;
        }
        if (!activate) {
            console.blank();
            console.line(
                    "SUCCESS: " + name + " /" + bare(installer.device()) + "/" + fileName(typed) + " " + console.now());
            console.completed("add " + installer.device() + "/" + fileName(typed));
            log.end(number, name, true, console);
            return;
        }
        console.blank();
        activateAndReload(console, steps, number, name, op, commit);
    }

    /** {@code install activate}. */
    void activate(InstallConsole console) {
        if (!UnsavedConfig.settled(console, router)) {
            return;
        }
        String name = "install_activate";
        int number = log.begin(name, console);
        console.started("activate NONE");
        console.line(name + ": START " + console.now());
        activateAndReload(console, new InstallSteps(console, installer), number, name, "activate", false);
    }

    private void activateAndReload(
            InstallConsole console, InstallSteps steps, int number, String name, String op, boolean commit) {
        Optional<InstalledImage> image = steps.confirmActivation(name);
        Optional<ReloadReason> reason = image.flatMap(i -> steps.activate(i, commit, name));
        if (reason.isEmpty()) {
            log.end(number, name, false, console);
            return;
        }
        if (commit) {
            console.blank();
            steps.commitLines(false);
        }
        console.blank();
        console.line("SUCCESS: " + name + " " + console.now());
        console.completed(op);
        log.end(number, name, true, console);
        reload(console.session(), reason.get());
    }

    /** {@code install commit}. */
    void commit(InstallConsole console) {
        String name = "install_commit";
        int number = log.begin(name, console);
        console.started("commit");
        console.line(name + ": START " + console.now());
        try {
            installer.commit();
        } catch (InstallException e) {
            console.failed(name, e.getMessage());
            log.end(number, name, false, console);
            return;
        } catch (IOException e) {
            console.failed(name, FsErrors.reason(e));
            log.end(number, name, false, console);
            return;
        }
        new InstallSteps(console, installer).commitLines(true);
        console.blank();
        console.line("SUCCESS: " + name + " " + console.now());
        console.completed("commit");
        log.end(number, name, true, console);
    }

    /** {@code install abort}; {@code asked} false when the timer aborts and nobody is asked. */
    void abort(InstallConsole console, boolean asked) {
        String name = "install_abort";
        int number = log.begin(name, console);
        console.line(name + ": START " + console.now());
        if (!installer.uncommitted()) {
            console.failed(name, "No install operation in progress to abort");
            log.end(number, name, false, console);
            return;
        }
        if (asked) {
            console.blank();
            if (!console.reloadConfirmed()) {
                console.failed(name, "Operation aborted by user");
                log.end(number, name, false, console);
                return;
            }
        }
        ReloadReason reason;
        try {
            reason = installer.abort();
        } catch (InstallException | IOException e) {
            console.failed(name, e instanceof IOException io ? FsErrors.reason(io) : e.getMessage());
            log.end(number, name, false, console);
            return;
        }
        console.blank();
        console.line("--- Starting Abort ---");
        console.line("Performing Abort on all members");
        console.line(" [1] Abort packages(s) on  " + InstallConsole.MEMBER);
        console.line("Checking status of Abort on [" + InstallConsole.MEMBER + "]");
        console.line("Abort: Passed on [" + InstallConsole.MEMBER + "]");
        console.line("Finished Abort operation");
        console.blank();
        console.line("SUCCESS: " + name + " " + console.now());
        console.line(router.runningConfig().hostname() + "#");
        log.end(number, name, true, console);
        reload(console.session(), reason);
    }

    /**
     * The auto-abort timer's turn, before a line runs: when it ran out, the abort runs on this session's
     * console and the device reloads; true then, so the typed line is dropped.
     */
    boolean abortIfExpired(CliSession session) {
        if (!installer.timerExpired()) {
            return false;
        }
        InstallConsole console = InstallConsole.raw(session, router);
        console.log(
                "%INSTALL-5-INSTALL_AUTO_ABORT_TIMER_PROGRESS: " + InstallConsole.MEMBER
                        + "/0: rollback_timer: Install auto abort timer expired: initiating abort",
                false);
        console.started("abort");
        abort(console, false);
        return true;
    }

    void reload(CliSession session, ReloadReason reason) {
        SessionReload.run(session, router, consoles, reason);
    }

    static String fileName(String typed) {
        return typed.substring(Math.max(typed.lastIndexOf('/'), typed.indexOf(':')) + 1);
    }

    /** {@code bootflash} from {@code bootflash:}. */
    static String bare(String device) {
        return device.substring(0, device.length() - 1);
    }
}
