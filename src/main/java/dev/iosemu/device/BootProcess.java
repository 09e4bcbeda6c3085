package dev.iosemu.device;

import dev.iosemu.device.boot.BootDecision;
import dev.iosemu.device.boot.BootScript;
import dev.iosemu.device.boot.BootSelector;
import dev.iosemu.device.boot.BootTarget;
import dev.iosemu.device.boot.ImageBanner;
import dev.iosemu.device.boot.LegalText;
import dev.iosemu.device.rommon.BootLoaderShell;
import dev.iosemu.device.rommon.RommonExit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One power-on or reload of a device, run on the console thread: loader banner, image choice, the loader
 * command line when nothing boots (until it boots, resets or input ends), then the IOS start and the
 * startup-config replay.
 */
final class BootProcess {
    /** Register bit that makes IOS ignore the startup-config (0x2142). */
    private static final int IGNORE_STARTUP = 0x40;

    private final Router router;
    private final BootScript script;
    private final BootSelector selector;

    BootProcess(Router router) {
        this.router = router;
        Platform platform = router.platform();
        this.script = platform.bootScript(router.identity(), router.bootMedia());
        this.selector = new BootSelector(platform.foundImagePrefix(), platform::target, path -> router.imageVerifier()
                .check(router.bootMedia(), path));
    }

    BootOutcome run(BootConsole io) {
        router.clock().restart();
        while (true) {
            router.enterLoader();
            int register = router.bootEnvironment().applyPendingRegister();
            script.loaderBanner(io.out());
            io.pacing().pause(Duration.ofMillis(300));
            BootDecision decision =
                    selector.select(register, router.bootEnvironment().manualBoot(), bootEntries(), bootDeviceFiles());
            Optional<BootOutcome> outcome = follow(decision, register, io);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
    }

    /** Follows a decision through the loader; empty means the loader asked for a reset. */
    private Optional<BootOutcome> follow(BootDecision first, int register, BootConsole io) {
        BootDecision decision = first;
        while (true) {
            decision.rejected().forEach(rejected -> script.rejected(rejected, io.out()));
            switch (decision) {
                case BootDecision.Load load -> {
                    startIos(load, register, io);
                    return Optional.of(BootOutcome.IOS_RUNNING);
                }
                case BootDecision.Stop stop -> {
                    script.stopped(stop.reason(), io.out());
                    router.enterLoader();
                    RommonExit exit = shell(io).run(io.in(), io.out());
                    switch (exit) {
                        case RommonExit.Boot boot ->
                            decision = boot.path()
                                    .map(selector::selectExplicit)
                                    .orElseGet(() -> selector.select(
                                            autoBoot(register), false, bootEntries(), bootDeviceFiles()));
                        case RommonExit.Reset reset -> {
                            return Optional.empty();
                        }
                        case RommonExit.InputEnded ended -> {
                            return Optional.of(BootOutcome.IN_LOADER);
                        }
                    }
                }
            }
        }
    }

    private void startIos(BootDecision.Load load, int register, BootConsole io) {
        BootTarget target = load.target();
        script.loadImage(target, io.out(), io.pacing());
        Optional<String> startup = (register & IGNORE_STARTUP) == 0 ? readStartup() : Optional.empty();
        router.imageLoaded(target.path(), target.header(), startup.isPresent());
        io.out().line("");
        io.out().line("");
        LegalText.CRYPTO_NOTICE.forEach(io.out()::line);
        io.out().line("");
        router.identity().hardwareBlock().forEach(io.out()::line);
        io.out().line("");
        io.out().line("");
        boolean replayed = startup.isPresent() && replayStartup(startup.get(), io);
        if (!replayed) {
            initialDialog(io);
        }
        io.out().line("");
        io.out().line("Press RETURN to get started!");
        io.out().line("");
        io.out().line("");
        router.iosReady();
        logRestart(io.out(), replayed);
    }

    private boolean replayStartup(String text, BootConsole io) {
        List<String> lines = ConfigReplayer.configLines(text);
        io.replayer().replay(lines, io.out());
        return true;
    }

    private void initialDialog(BootConsole io) {
        io.out().line("");
        io.out().line("         --- System Configuration Dialog ---");
        io.out().line("");
        if (wantsDialog(io)) {
            io.out().line("% The initial configuration dialog is not available; configure the device manually.");
        }
        io.out().line("");
    }

    /** Asks until the answer is yes or no (abbreviations count); the end of input means no. */
    private static boolean wantsDialog(BootConsole io) {
        while (true) {
            Optional<String> line =
                    io.in().readLine("Would you like to enter the initial configuration dialog? [yes/no]: ");
            if (line.isEmpty()) {
                return false;
            }
            String answer = line.get().strip().toLowerCase(Locale.ROOT);
            if (!answer.isEmpty() && "yes".startsWith(answer)) {
                return true;
            }
            if (!answer.isEmpty() && "no".startsWith(answer)) {
                return false;
            }
            io.out().line("% Please answer 'yes' or 'no'.");
        }
    }

    private void logRestart(ConsoleSink out, boolean replayed) {
        var clock = router.clock();
        if (replayed) {
            out.line(LogStamp.line(
                    clock.instant(), clock.getZone(), "%SYS-5-CONFIG_I: Configured from memory by console"));
        }
        out.line(LogStamp.line(clock.instant(), clock.getZone(), "%SYS-5-RESTART: System restarted --"));
        router.bootedImage()
                .ifPresent(image -> ImageBanner.lines(image.header()).forEach(out::line));
    }

    private BootLoaderShell shell(BootConsole io) {
        return router.platform()
                .loaderShell(
                        router.bootEnvironment(),
                        router.bootMedia(),
                        io.tftp(),
                        router.identity().macAddress());
    }

    /** {@code boot} typed at the loader boots normally even when the register says stay in ROMMON. */
    private static int autoBoot(int register) {
        return (register & 0xF) == 0 ? (register & ~0xF) | 0x2 : register;
    }

    private List<String> bootEntries() {
        try {
            return router.bootSystemStore().forBoot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<MediaEntry> bootDeviceFiles() {
        return router.bootMedia().list(router.platform().bootDevice()).orElse(List.of());
    }

    private Optional<String> readStartup() {
        try {
            return router.startupConfigText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
