package dev.iosemu.device;

import dev.iosemu.device.boot.BootDecision;
import dev.iosemu.device.boot.BootScript;
import dev.iosemu.device.boot.BootSelector;
import dev.iosemu.device.boot.BootTarget;
import dev.iosemu.device.boot.ImageBanner;
import dev.iosemu.device.boot.ImageCheck;
import dev.iosemu.device.boot.ImageVerifier;
import dev.iosemu.device.boot.LegalText;
import dev.iosemu.device.boot.NetworkImage;
import dev.iosemu.device.rommon.BootLoaderShell;
import dev.iosemu.device.rommon.RommonExit;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.profile.LoaderKind;
import dev.iosemu.profile.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One power-on or reload of a device, run on the thread that owns the boot console: loader banner, image
 * choice, the loader command line when nothing boots (until it boots, resets or input ends), then the IOS
 * start and the startup-config replay.
 */
final class BootProcess {
    /** Register bit that makes IOS ignore the startup-config (0x2142). */
    private static final int IGNORE_STARTUP = 0x40;

    private final Router router;
    private final BootLifecycle lifecycle;
    private final ConfigStore config;
    private final BootSystemStore bootSystem;
    private final BootMedia media;
    private final BootScript script;
    private final BootSelector selector;
    private final ImageVerifier verifier;
    /** The console of the boot under way; set as it starts, on the boot's thread. */
    private BootConsole console;

    BootProcess(
            Router router,
            BootLifecycle lifecycle,
            ConfigStore config,
            BootSystemStore bootSystem,
            ImageVerifier verifier) {
        this.router = router;
        this.lifecycle = lifecycle;
        this.config = config;
        this.bootSystem = bootSystem;
        this.media = BootMedia.over(router.fileSystems());
        Platform platform = router.platform();
        this.script = platform.bootScript(router.setup().identity(), media, router.bootEnvironment());
        this.verifier = verifier;
        this.selector = new BootSelector(
                platform.foundImagePrefix(),
                platform::target,
                this::check,
                rejected -> script.rejected(rejected, console.out()));
    }

    /** A candidate on the boot media, or fetched from a TFTP server on this boot's console. */
    private ImageCheck check(String path) {
        Optional<NetworkImage> network = NetworkImage.of(path);
        if (network.isEmpty()) {
            return verifier.check(media, path);
        }
        return new NetworkBoot(router, script, console.tftp(), console.out(), verifier).check(network.get());
    }

    BootOutcome powerOn(BootConsole io) {
        lifecycle.poweringOn();
        return run(io);
    }

    /**
     * Claims the reload (empty when another boot is under way), logs {@code %SYS-5-RELOAD} naming who asked,
     * drops the sessions a reload ends, then boots as at power-on: on the requester's own console when it is
     * the console line, else on the console line, which the boot loader owns.
     */
    Optional<BootOutcome> reload(Line requester, BootConsole own, LineRegistry lines, ReloadReason why) {
        DeviceClock clock = router.clock();
        if (!lifecycle.beginReload(clock.instant(), why)) {
            return Optional.empty();
        }
        BootConsole io = requester.isConsole()
                ? own
                : lines.consoleBoot().orElseGet(() -> BootConsole.of(text -> {}, LineInput.none(), own.replayer()));
        String reason = router.platform().role() == Role.SWITCH ? "Reload command." : "Reload Command.";
        String log = why == ReloadReason.COMMAND
                ? "%SYS-5-RELOAD: Reload requested by " + requester.requester() + ". Reload Reason: " + reason
                : "%PMAN-5-EXITACTION: R0/0: pvp: Process manager is exiting: reload action requested";
        io.out().line(LogStamp.line(clock.instant(), clock.getZone(), log));
        lines.dropForReload(requester);
        return Optional.of(run(io));
    }

    private BootOutcome run(BootConsole io) {
        console = io;
        router.clock().restart();
        while (true) {
            lifecycle.enterLoader();
            int register = router.bootEnvironment().applyPendingRegister();
            BootDecision decision;
            if (router.releaseModeButton()) {
                script.loaderBannerBeforeFlash(io.out());
                decision = new BootDecision.Stop(BootDecision.StopReason.INTERRUPTED, List.of());
            } else {
                script.loaderBanner(io.out());
                io.pacing().pause(Duration.ofMillis(300));
                decision = selector.select(
                        register, router.bootEnvironment().manualBoot(), bootEntries(), bootDeviceFiles());
            }
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
            switch (decision) {
                case BootDecision.Load load -> {
                    startIos(load, register, io);
                    return Optional.of(BootOutcome.IOS_RUNNING);
                }
                case BootDecision.Stop stop -> {
                    script.stopped(stop.reason(), io.out());
                    lifecycle.enterLoader();
                    boolean flashInitialized = stop.reason() != BootDecision.StopReason.INTERRUPTED;
                    RommonExit exit = shell(io, flashInitialized).run(io.in(), io.out());
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
        lifecycle.imageLoaded(new BootedImage(target.path(), target.header()));
        config.reset(FactoryDefaults.config(router.setup(), startup.isPresent()));
        router.restoreVlans(); // vlan.dat is read before the startup-config, as IOS reads it
        io.out().line("");
        io.out().line("");
        LegalText.CRYPTO_NOTICE.forEach(io.out()::line);
        io.out().line("");
        DeviceIdentity identity = router.setup().identity();
        identity.withPasswordRecovery(router.bootEnvironment().passwordRecovery())
                .hardwareBlock()
                .forEach(io.out()::line);
        script.afterHardware(io.out(), target.header(), router.setup().switchPorts());
        io.out().line("");
        io.out().line("");
        startup.ifPresentOrElse(
                text -> io.replayer().replay(ConfigReplayer.configLines(text), io.out()), () -> initialDialog(io));
        io.out().line("");
        io.out().line("Press RETURN to get started!");
        io.out().line("");
        io.out().line("");
        config.markSaved();
        lifecycle.iosReady(router.clock().instant());
        loadKeys(); // last: SSH comes up once IOS runs its replayed configuration
        logRestart(io.out(), startup.isPresent());
    }

    private void initialDialog(BootConsole io) {
        io.out().line("");
        io.out().line("         --- System Configuration Dialog ---");
        io.out().line("");
        if (io.in().askYesNo("Would you like to enter the initial configuration dialog? [yes/no]: ")) {
            new SetupDialog(router, io.out(), io.in(), io.replayer(), RandomGenerator.getDefault()).run();
        }
        io.out().line("");
    }

    private void logRestart(ConsoleSink out, boolean replayed) {
        var clock = router.clock();
        script.startLogs().forEach(log -> out.line(LogStamp.line(clock.instant(), clock.getZone(), log)));
        if (replayed) {
            out.line(LogStamp.line(
                    clock.instant(), clock.getZone(), "%SYS-5-CONFIG_I: Configured from memory by console"));
        }
        out.line(LogStamp.line(clock.instant(), clock.getZone(), "%SYS-5-RESTART: System restarted --"));
        lifecycle.now().booted().ifPresent(image -> ImageBanner.lines(image.header())
                .forEach(out::line));
        Optional<Instant> reload = lifecycle.now().lastReload();
        if (reload.isPresent()
                && router.platform().loader() == LoaderKind.ROMMON
                && router.platform().train() == ImageFamily.CLASSIC_IOS) {
            long seconds =
                    Math.max(0, Duration.between(reload.get(), clock.instant()).toSeconds());
            out.line(LogStamp.line(
                    clock.instant(),
                    clock.getZone(),
                    String.format(
                            Locale.ROOT,
                            "%%SYS-6-BOOTTIME: Time taken to reboot after reload = %4d seconds",
                            seconds)));
        }
        if (router.rsaKeys().current().isPresent()) {
            out.line(LogStamp.line(
                    clock.instant(),
                    clock.getZone(),
                    router.runningConfig().security().ssh().enabledMessage()));
        }
    }

    /** The key saved in private-config is the key in use from now on, as IOS loads it at every boot. */
    private void loadKeys() {
        try {
            router.rsaKeys().load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BootLoaderShell shell(BootConsole io, boolean flashInitialized) {
        return router.platform()
                .loaderShell(
                        router.bootEnvironment(),
                        media,
                        io.tftp(),
                        router.setup().identity().macAddress(),
                        router.setup().identity().rommonVersion(),
                        flashInitialized);
    }

    /** {@code boot} typed at the loader boots normally even when the register says stay in ROMMON. */
    private static int autoBoot(int register) {
        return (register & 0xF) == 0 ? (register & ~0xF) | 0x2 : register;
    }

    private List<String> bootEntries() {
        try {
            return bootSystem.forBoot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<MediaEntry> bootDeviceFiles() {
        return media.list(router.platform().bootDevice()).orElse(List.of());
    }

    private Optional<String> readStartup() {
        try {
            return config.startupText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
