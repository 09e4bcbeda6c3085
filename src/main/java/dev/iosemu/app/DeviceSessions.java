package dev.iosemu.app;

import dev.iosemu.cli.BatchOptions;
import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.IosShell;
import dev.iosemu.cli.commands.system.BootConsoles;
import dev.iosemu.cli.commands.system.LineSession;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.BootOutcome;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.Line;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.rommon.RommonTftp;
import java.io.Reader;
import java.io.StringReader;
import java.util.function.Consumer;

/**
 * The sessions of one {@link VirtualDevice}: each opened on one of the device's lines over the device's
 * command set and listed among its open lines until it closes; the console line powered on and served.
 * Thread-safe as the device is: every session is its own.
 */
final class DeviceSessions {
    private final Router router;
    private final DeviceCommands commands;
    private final BootPacing pacing;
    private final RommonTftp rommonTftp;

    DeviceSessions(Router router, DeviceCommands commands, BootPacing pacing, RommonTftp rommonTftp) {
        this.router = router;
        this.commands = commands;
        this.pacing = pacing;
        this.rommonTftp = rommonTftp;
    }

    /**
     * Powers the device on over a session nobody reads, and returns what the boot printed; the session stays the
     * console line and keeps nothing of what it shows from then on.
     */
    String powerOnQuietly() {
        HeadlessSession quiet = new HeadlessSession(shell());
        powerOn(quiet.session());
        return quiet.takeTranscript();
    }

    /** Powers the device on over {@code console}, which becomes the device's console line. */
    BootOutcome powerOn(CliSession console) {
        DeviceLog.poweringOn(router);
        BootConsole boot = BootConsoles.over(console, pacing, commands.replayer(), rommonTftp);
        router.lines().attachConsole(console, boot);
        return router.powerOn(boot);
    }

    /** The console line from power-on until its input ends (see {@link LineSession}). */
    void serveConsole(CliSession first, Consumer<CliSession> runner, boolean waitsForReturn) {
        if (powerOn(first) != BootOutcome.IOS_RUNNING) {
            first.close();
            return;
        }
        new LineSession(router, () -> open(first.io(), Line.console()), runner, waitsForReturn).serve(first);
    }

    /** A headless session on {@code line}. */
    HeadlessSession headless(Line line) {
        HeadlessSession session = new HeadlessSession(shell(), line);
        register(session.session());
        return session;
    }

    /** The lowest vty line with no session, for a client at {@code peer}. */
    Line freeVty(String peer) {
        int lineCount = router.runningConfig().lines().blocks().stream()
                .filter(block -> block.kind() == LineKind.VTY)
                .mapToInt(LineConfig::count)
                .sum();
        int number = router.lines().freeVty(lineCount).orElseThrow(() -> new IllegalStateException("no free vty"));
        return Line.vty(number, peer);
    }

    CliSession open(ConsoleIo io, Line line) {
        return register(new CliSession(io, shell(), line));
    }

    CliSession batch(Reader script, Appendable out, BatchOptions options) {
        return register(HeadlessSession.batch(shell(), script, out, options));
    }

    /** Runs {@code script} on a fresh batch console, closes it, and returns its transcript. */
    String runScript(String script) {
        StringBuilder out = new StringBuilder();
        CliSession session = batch(new StringReader(script), out, BatchOptions.DEFAULT);
        session.run();
        session.close();
        return out.toString();
    }

    private CliSession register(CliSession session) {
        session.useClock(router.clock()); // idle times (show users, exec-timeout) on the device's clock
        session.onClose(router.lines().register(session)::close);
        return session;
    }

    private IosShell shell() {
        return new IosShell(commands.registry(), commands.settings());
    }
}
