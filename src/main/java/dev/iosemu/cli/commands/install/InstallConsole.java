package dev.iosemu.cli.commands.install;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.device.LogStamp;
import dev.iosemu.device.Router;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What every install operation prints the same way: its start and success lines with the install manager's
 * date ({@code Mon Mar 01 00:00:00 UTC 1993}), the {@code %INSTALL-5-...} log lines that interleave with them
 * on a router's console, and the {@code [y/n]} questions. Confined to the session's thread.
 */
final class InstallConsole {
    /** The single route processor of a router, as the installer names it. */
    static final String MEMBER = "R0";

    /** The severity of every {@code %INSTALL-5-...} message (notifications), which logging console filters by. */
    private static final int INSTALL_SEVERITY = 5;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH);

    private final Consumer<String> print;
    private final CliSession session;
    private final Router router;

    private InstallConsole(Consumer<String> print, CliSession session, Router router) {
        this.print = print;
        this.session = session;
        this.router = router;
    }

    /** The console of a command: its (filtered) output and its session's questions. */
    static InstallConsole of(CommandContext ctx, Router router) {
        return new InstallConsole(ctx.out()::print, ctx.session(), router);
    }

    /** A session's terminal as it is, for what the device does on its own between commands. */
    static InstallConsole raw(CliSession session, Router router) {
        return new InstallConsole(text -> session.io().write(text), session, router);
    }

    CliSession session() {
        return session;
    }

    /** {@code Mon Mar 01 00:00:00 UTC 1993}, as the install manager stamps its lines. */
    String now() {
        return DATE.format(router.clock().instant().atZone(router.clock().getZone()));
    }

    void line(String text) {
        print.accept(text + "\n");
    }

    void blank() {
        line("");
    }

    /**
     * A console log line ({@code *Mar  1 00:00:00.000: %INSTALL-5-...}) after a blank line, on a line of its own
     * or, {@code glued}, continued by the next output as the console interleaves them; nothing where the
     * session shows no log lines.
     */
    void log(String message, boolean glued) {
        if (showsLogs()) {
            blank();
            print.accept(stamp(message) + (glued ? "" : "\n"));
        }
    }

    /**
     * Whether the session's terminal shows the install log lines: the console while console logging takes
     * their severity, a vty only with terminal monitor (so an install run over SSH, as Ansible captures it, has
     * none).
     */
    private boolean showsLogs() {
        return session.line().isConsole()
                ? router.runningConfig().lines().logging().consoleShows(INSTALL_SEVERITY)
                : session.monitors();
    }

    private String stamp(String message) {
        return LogStamp.line(router.clock().instant(), router.clock().getZone(), message);
    }

    /** {@code %INSTALL-5-INSTALL_START_INFO: R0/0: install_mgr: Started install OPERATION}, glued. */
    void started(String operation) {
        log("%INSTALL-5-INSTALL_START_INFO: " + MEMBER + "/0: install_mgr: Started install " + operation, true);
    }

    /** The prompt line the console redraws before the completion log, then the log. */
    void completed(String operation) {
        if (showsLogs()) {
            blank();
            print.accept(router.runningConfig().hostname() + "#");
            log(
                    "%INSTALL-5-INSTALL_COMPLETED_INFO: " + MEMBER + "/0: install_mgr: Completed install " + operation,
                    false);
        }
    }

    /** Asks {@code question [y/n]} until answered; the end of input is no. */
    boolean yesNo(String question) {
        while (true) {
            String answer = session.ask(question + " [y/n]").strip().toLowerCase(Locale.ROOT);
            if (answer.equals("y") || answer.equals("yes")) {
                return true;
            }
            if (answer.isEmpty() || answer.equals("n") || answer.equals("no")) {
                return false;
            }
            line("Please answer y or n.");
        }
    }

    /** The question every activation, abort and rollback asks. */
    boolean reloadConfirmed() {
        return yesNo("This operation may require a reload of the system. Do you want to proceed?");
    }

    /** The path the device booted, as the loader named it ({@code bootflash:packages.conf}). */
    java.util.Optional<String> bootedPath() {
        return router.bootState().booted().map(dev.iosemu.device.BootedImage::path);
    }

    /** {@code FAILED: OPERATION : REASON} at column 0, as tools match it. */
    void failed(String operation, String reason) {
        line("FAILED: " + operation + " : " + reason);
    }
}
