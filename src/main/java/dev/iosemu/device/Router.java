package dev.iosemu.device;

import dev.iosemu.device.boot.ImageBanner;
import dev.iosemu.device.boot.ImageVerifier;
import dev.iosemu.device.boot.ShowBoot;
import dev.iosemu.device.boot.ShowVersion;
import dev.iosemu.device.boot.VersionInfo;
import dev.iosemu.device.config.ConfigRenderer;
import dev.iosemu.device.config.RenderContext;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.RoutingTable;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.Role;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One virtual device: its file systems, boot loader environment, running configuration, startup-config
 * and boot state. Several sessions share it. Concurrency: {@link #lock} guards every mutable field below;
 * {@link #running} is also volatile so readers take a consistent snapshot without locking. File systems
 * and the boot environment guard themselves. All persistent state (the file systems, which hold
 * nvram:startup-config, and the boot environment) is reached through {@link #fileSystems()} and
 * {@link #bootEnvironment()}.
 */
public final class Router {
    private final DeviceSetup setup;
    private final DeviceClock clock;
    private final LabAddressMap lab;
    private final DeviceFileSystems fileSystems;
    private final BootEnvironment environment;
    private final BootMedia media;
    private final ImageVerifier verifier;
    private final StartupConfigStore startup;
    private final BootSystemStore bootSystem;
    private final ReentrantLock lock = new ReentrantLock();

    private volatile RunningConfig running;
    /** Told after each change of the running config, outside the lock (thread-safe list). */
    private final List<Runnable> configListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private boolean modified;
    private DeviceState state = DeviceState.BOOTING;
    private Optional<BootedImage> booted = Optional.empty();
    private Instant restartedAt;
    private Optional<Instant> lastReload = Optional.empty();

    Router(DeviceSetup setup, DeviceClock clock, LabAddressMap lab, DeviceFileSystems fileSystems) {
        this.setup = setup;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lab = Objects.requireNonNull(lab, "lab");
        this.fileSystems = fileSystems;
        this.environment = new BootEnvironment(setup.configRegister());
        this.media = new FileSystemBootMedia(fileSystems);
        this.verifier = new ImageVerifier(setup.identity().imagePlatform());
        this.startup = new StartupConfigStore(fileSystems
                .find("nvram:")
                .orElseThrow(() -> new IllegalArgumentException("a device needs an nvram: file system")));
        this.bootSystem = platform()
                .bootSystemStore(environment, new ConfigBootLines(this::runningConfig, this::configure, startup::read));
        this.running = FactoryDefaults.config(setup, false);
        this.restartedAt = clock.instant();
    }

    /** Creates a powered-off device with its initial files in place; call {@link #powerOn} next. */
    public static Router create(DeviceSetup setup, Clock clock, LabAddressMap lab) throws IOException {
        return DeviceFactory.create(setup, clock, lab);
    }

    /** Creates a powered-off device from a profile; images in its initial flash are built now. */
    public static Router create(DeviceProfile profile, Clock clock, LabAddressMap lab) throws IOException {
        return DeviceFactory.create(ProfileSetup.from(profile), clock, lab);
    }

    // ---- identity and collaborators -----------------------------------------------------------

    public DeviceIdentity identity() {
        return setup.identity();
    }

    /** What kind of device this is: loader, software train, role, image layout. */
    public Platform platform() {
        return setup.identity().platform();
    }

    /** The device clock (settable with {@code clock set}); file times and log stamps read it. */
    public DeviceClock clock() {
        return clock;
    }

    public LabAddressMap lab() {
        return lab;
    }

    /** Every row of {@code show file systems} as the profile orders them; empty lists the local ones only. */
    public List<FileSystemRow> fileSystemRows() {
        return setup.fileSystemRows();
    }

    /** The device's local file systems (flash, nvram, ...); persistent state. */
    public DeviceFileSystems fileSystems() {
        return fileSystems;
    }

    /** Loader variables and configuration register; persistent state. */
    public BootEnvironment bootEnvironment() {
        return environment;
    }

    /** The boot loader's view of the file systems. */
    public BootMedia bootMedia() {
        return media;
    }

    /** The hostname a new device has ({@code no hostname} returns to it). */
    public String factoryHostname() {
        return setup.hostname();
    }

    /** The interface names of the device, in order. */
    public List<String> interfaceNames() {
        return setup.interfaces();
    }

    // ---- boot ---------------------------------------------------------------------------------

    /** Powers the device on: the loader banner, image choice, IOS start and startup-config replay. */
    public BootOutcome powerOn(BootConsole console) {
        locked(() -> lastReload = Optional.empty());
        return new BootProcess(this).run(console);
    }

    /**
     * Reloads a running device: prints the {@code %SYS-5-RELOAD} log line, then boots as at power-on. The
     * EXEC command asks the save and confirm questions before calling this.
     */
    public BootOutcome reload(BootConsole console) {
        String reason = platform().role() == Role.SWITCH ? "Reload command." : "Reload Command.";
        console.out()
                .line(LogStamp.line(
                        clock.instant(),
                        clock.getZone(),
                        "%SYS-5-RELOAD: Reload requested by console. Reload Reason: " + reason));
        lock.lock();
        try {
            lastReload = Optional.of(clock.instant());
            state = DeviceState.BOOTING;
        } finally {
            lock.unlock();
        }
        return new BootProcess(this).run(console);
    }

    public DeviceState state() {
        return locked(() -> state);
    }

    /** The image IOS runs, empty unless IOS is running. */
    public Optional<BootedImage> bootedImage() {
        return locked(() -> booted);
    }

    /** The verifier that remembers image checks, shared with {@code verify}-like commands. */
    public ImageVerifier imageVerifier() {
        return verifier;
    }

    // ---- running configuration ----------------------------------------------------------------

    /** A snapshot of the running configuration. */
    public RunningConfig runningConfig() {
        return running;
    }

    public String hostname() {
        return running.hostname();
    }

    /** Applies a change to the running configuration atomically and marks it modified. */
    public void configure(Consumer<RunningConfig.Builder> change) {
        lock.lock();
        try {
            RunningConfig.Builder builder = running.toBuilder();
            change.accept(builder);
            running = builder.build();
            modified = true;
        } finally {
            lock.unlock();
        }
        configListeners.forEach(Runnable::run);
    }

    /** Calls {@code listener} after every change of the running configuration (on the changing thread). */
    public void onRunningConfigChange(Runnable listener) {
        configListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** Whether the running configuration changed since the last write or boot (the reload Save? question). */
    public boolean configModified() {
        return locked(() -> modified);
    }

    /** How the renderer should print this device's configuration now. */
    public RenderContext renderContext() {
        int next = environment.nextConfigRegister();
        OptionalInt factory = platform().factoryConfigRegister();
        OptionalInt shown =
                factory.isEmpty() || next == factory.getAsInt() ? OptionalInt.empty() : OptionalInt.of(next);
        String version =
                bootedImage().map(b -> ImageBanner.configVersion(b.header())).orElse("15.0");
        return new RenderContext(platform().configStyle(), version, shown);
    }

    /** The configuration text, {@code !} to {@code end}. */
    public List<String> runningConfigText() {
        return ConfigRenderer.render(running, renderContext());
    }

    /** {@code show running-config}: build banner, byte count and text. */
    public List<String> showRunningConfig() {
        return ConfigRenderer.showRunning(running, renderContext());
    }

    /** The routing view the lab uses to decide reachability and egress. */
    public RoutingTable routingTable() {
        return running.routingTable();
    }

    // ---- boot system and register -------------------------------------------------------------

    /** The boot entries in effect: the running config's {@code boot system} lines, or BOOT on a switch. */
    public List<String> bootSystem() {
        return bootSystem.entries();
    }

    /** {@code boot system PATH}: a loader variable written at once on a switch, a config line elsewhere. */
    public void addBootSystem(String path) {
        bootSystem.add(path);
    }

    /** {@code no boot system [PATH]}. */
    public void removeBootSystem(Optional<String> path) {
        bootSystem.remove(path);
    }

    /** {@code show boot} (switch) or {@code show bootvar} (router) text. */
    public List<String> showBoot() {
        if (platform().role() == Role.SWITCH) {
            return ShowBoot.catalyst(bootSystem(), environment.manualBoot(), startup.capacity());
        }
        return ShowBoot.router(bootSystem(), environment.configRegister(), environment.nextConfigRegister());
    }

    /** {@code config-register VALUE}: takes effect at the next reload, kept without {@code write}. */
    public void setConfigRegister(int value) {
        environment.setNextConfigRegister(value);
    }

    // ---- startup-config -----------------------------------------------------------------------

    /** The text of nvram:startup-config, empty when there is none. */
    public Optional<String> startupConfigText() throws IOException {
        return startup.read();
    }

    /** {@code show startup-config}. */
    public List<String> showStartupConfig() throws IOException {
        return startup.show();
    }

    /**
     * {@code copy startup-config running-config}: merges the saved configuration into the running one
     * through the command parser; returns the bytes read.
     *
     * @throws java.nio.file.NoSuchFileException when there is no startup-config
     */
    public int mergeStartupConfig(ConfigReplayer replayer, ConsoleSink console) throws IOException {
        String text = startup.read().orElseThrow(() -> new java.nio.file.NoSuchFileException("nvram:startup-config"));
        replayer.replay(ConfigReplayer.configLines(text), console);
        return text.length();
    }

    /** {@code write memory}: saves the running config to nvram:startup-config atomically. */
    public void writeMemory() throws IOException {
        lock.lock();
        try {
            startup.write(String.join("\n", runningConfigText()) + "\n");
            modified = false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether nvram:startup-config carries a {@code version} line other than the running image's, when
     * {@code copy running-config startup-config} warns {@code Attempting to overwrite an NVRAM configuration
     * previously written by a different version of the system image.} and asks to confirm.
     */
    public boolean startupWrittenByAnotherVersion() throws IOException {
        String current = "version " + renderContext().versionLine();
        return startup.read().stream()
                .flatMap(String::lines)
                .anyMatch(line -> line.startsWith("version ") && !line.strip().equals(current));
    }

    /** {@code write erase} / {@code erase startup-config}: removes nvram:startup-config. */
    public void eraseStartupConfig() throws IOException {
        startup.erase();
    }

    // ---- show version -------------------------------------------------------------------------

    /** The facts {@code show version} prints; empty unless IOS is running. */
    public Optional<VersionInfo> versionInfo() {
        return locked(() -> booted.map(image -> new VersionInfo(
                identity(),
                running.hostname(),
                image.header(),
                image.path(),
                restartedAt,
                lastReload,
                environment.configRegister(),
                environment.nextConfigRegister(),
                clock.instant(),
                platform().role() == Role.SWITCH ? setup.switchPorts() : 0)));
    }

    /** {@code show version} text; empty unless IOS is running. */
    public List<String> showVersion() {
        return versionInfo()
                .map(info -> ShowVersion.render(info, clock.getZone()))
                .orElse(List.of());
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    // ---- used by the boot process -------------------------------------------------------------

    BootSystemStore bootSystemStore() {
        return bootSystem;
    }

    void enterLoader() {
        lock.lock();
        try {
            state = DeviceState.LOADER;
            booted = Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Resets the running config to the defaults a freshly loaded image has, before any replay. */
    void imageLoaded(String path, ImageHeader header, boolean willReplay) {
        lock.lock();
        try {
            booted = Optional.of(new BootedImage(path, header));
            running = FactoryDefaults.config(setup, willReplay);
        } finally {
            lock.unlock();
        }
        configListeners.forEach(Runnable::run);
    }

    void iosReady() {
        lock.lock();
        try {
            state = DeviceState.IOS;
            modified = false;
            restartedAt = clock.instant();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The image IOS runs.
     *
     * @param path as named at boot ({@code flash0:c1900-...bin}); show version prints it
     * @param header its header
     */
    public record BootedImage(String path, ImageHeader header) {}
}
