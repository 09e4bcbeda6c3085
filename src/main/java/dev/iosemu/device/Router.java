package dev.iosemu.device;

import dev.iosemu.device.boot.ImageVerifier;
import dev.iosemu.device.boot.VersionInfo;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.DeviceStorage;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.DeviceProfile;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One virtual device, shared by all of its sessions: a façade of one-line delegations over what it was made
 * from ({@link DeviceSetup}, with its {@link Platform}), its file systems, loader environment, boot lifecycle
 * ({@link BootLifecycle}) and configuration store ({@link ConfigStore}). It holds no lock itself; each
 * collaborator guards its own state.
 */
public final class Router {
    private final DeviceSetup setup;
    private final DeviceClock clock;
    private final LabAddressMap lab;
    private final DeviceFileSystems fileSystems;
    private final BootEnvironment environment;
    private final ImageVerifier verifier;
    private final BootLifecycle boot;
    private final ConfigStore config;
    private final BootSystemStore bootSystem;
    private final LinkStates links = new LinkStates();
    private final Reachability reachability;

    Router(DeviceSetup setup, DeviceClock clock, LabAddressMap lab, DeviceFileSystems fileSystems) {
        this.setup = setup;
        this.clock = clock;
        this.lab = lab;
        this.fileSystems = fileSystems;
        this.environment = new BootEnvironment(setup.configRegister());
        this.verifier = new ImageVerifier(setup.identity().imagePlatform());
        this.boot = new BootLifecycle(clock.instant());
        StartupConfigStore startup = StartupConfigStore.on(fileSystems);
        this.config = new ConfigStore(
                FactoryDefaults.config(setup, false),
                startup,
                () -> DeviceFacts.renderContext(platform(), boot.now().booted(), environment.nextConfigRegister()));
        this.bootSystem = platform()
                .bootSystemStore(environment, new ConfigBootLines(config::running, config::configure, startup::read));
        this.reachability = new LabReachability(config::running, links, lab);
    }

    /** Creates a powered-off device with its initial files in place; call {@link #powerOn} next. */
    public static Router create(DeviceSetup setup, Clock clock, LabAddressMap lab) throws IOException {
        return DeviceFactory.create(setup, clock, lab, DeviceStorage.inMemory());
    }

    /** Creates a powered-off device from a profile; images in its initial flash are built now. */
    public static Router create(DeviceProfile profile, Clock clock, LabAddressMap lab) throws IOException {
        return create(profile, clock, lab, DeviceStorage.inMemory());
    }

    /** The same on {@code storage}; initial files are placed unless the storage holds the device already. */
    public static Router create(DeviceProfile profile, Clock clock, LabAddressMap lab, DeviceStorage storage)
            throws IOException {
        return create(ProfileSetup.from(profile), clock, lab, storage);
    }

    /** A device from {@code setup} on {@code storage}. */
    public static Router create(DeviceSetup setup, Clock clock, LabAddressMap lab, DeviceStorage storage)
            throws IOException {
        return DeviceFactory.create(setup, clock, lab, storage);
    }

    /** What the device was made from: identity, factory host name, interfaces, file-system rows. */
    public DeviceSetup setup() {
        return setup;
    }

    public Platform platform() {
        return setup.identity().platform();
    }

    public DeviceClock clock() {
        return clock;
    }

    public LabAddressMap lab() {
        return lab;
    }

    /** The runtime state of the interfaces (their links), apart from their configuration. */
    public LinkStates links() {
        return links;
    }

    /** What the device reaches on the lab network and how: what ping, copies and name lookups ask. */
    public Reachability reachability() {
        return reachability;
    }

    public DeviceFileSystems fileSystems() {
        return fileSystems;
    }

    public BootEnvironment bootEnvironment() {
        return environment;
    }

    /** Powers the device on: the loader banner, image choice, IOS start and startup-config replay. */
    public BootOutcome powerOn(BootConsole console) {
        return bootProcess().powerOn(console);
    }

    /** Reloads running IOS on {@code console}; empty, with nothing printed, while a boot is under way. */
    public Optional<BootOutcome> reload(BootConsole console) {
        return reload(console, ReloadReason.COMMAND);
    }

    /** Reloads running IOS on {@code console} for {@code reason}; empty while a boot is under way. */
    public Optional<BootOutcome> reload(BootConsole console, ReloadReason reason) {
        return bootProcess().reload(console, "console", reason);
    }

    private BootProcess bootProcess() {
        return new BootProcess(this, boot, config, bootSystem, verifier);
    }

    public DeviceState state() {
        return boot.now().state();
    }

    public Optional<BootedImage> bootedImage() {
        return boot.now().booted();
    }

    /** The facts {@code show version} prints; empty unless IOS is running. */
    public Optional<VersionInfo> versionInfo() {
        return DeviceFacts.versionInfo(setup, boot.now(), config.running().hostname(), environment, clock.instant());
    }

    /** A snapshot of the running configuration; read it without a lock. */
    public RunningConfig runningConfig() {
        return config.running();
    }

    public void configure(Consumer<RunningConfig.Builder> change) {
        config.configure(change);
    }

    public void onRunningConfigChange(Runnable listener) {
        config.onChange(listener);
    }

    /** Whether the running configuration changed since the last write or boot (the reload Save? question). */
    public boolean configModified() {
        return config.modified();
    }

    public List<String> runningConfigText() {
        return config.text();
    }

    /** The {@code boot system} entries: configuration lines under ROMMON, the loader's BOOT on a switch. */
    public BootSystemStore bootSystem() {
        return bootSystem;
    }

    public Optional<String> startupConfigText() throws IOException {
        return config.startupText();
    }

    public void writeMemory() throws IOException {
        config.save();
    }

    public void eraseStartupConfig() throws IOException {
        config.eraseStartup();
    }
}
