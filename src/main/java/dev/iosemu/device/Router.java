package dev.iosemu.device;

import dev.iosemu.device.boot.ImageBanner;
import dev.iosemu.device.boot.ImageVerifier;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.DeviceStorage;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.MacAddress;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.Role;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One virtual device, shared by all of its sessions: one-line delegations to what it was made from, its file
 * systems, loader environment, links, {@link BootLifecycle}, {@link ConfigStore} and {@link LineRegistry}. It
 * holds no lock itself; each collaborator guards its own state.
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
    private final LinkStates links;
    private final Optional<NetworkPresence> network;
    private final Reachability reachability;
    private final LineRegistry lines =
            new LineRegistry(() -> runningConfig().lines().logging());
    private final RsaKeys rsaKeys;
    private final VlanDatabase vlans = new VlanDatabase();
    private final Optional<VlanFile> vlanFile; // a switch's flash:vlan.dat
    private final AtomicBoolean modeButton = new AtomicBoolean();

    Router(DeviceSetup setup, DeviceClock clock, LabAddressMap lab, DeviceFileSystems fileSystems) {
        this.setup = setup;
        this.clock = clock;
        this.lab = lab;
        this.fileSystems = fileSystems;
        this.environment = new BootEnvironment(setup.configRegister());
        this.verifier = new ImageVerifier(setup.identity().imagePlatform());
        this.boot = new BootLifecycle(clock.instant());
        this.config = ConfigStore.of(setup, fileSystems, DeviceFacts.rendering(platform(), boot, environment));
        this.bootSystem = platform().bootSystemStore(environment, config.bootLines());
        this.rsaKeys = new RsaKeys(PrivateConfigFile.on(fileSystems), clock);
        this.vlanFile = platform().role() == Role.SWITCH ? VlanFile.on(fileSystems) : Optional.empty();
        vlanFile.ifPresent(file -> vlans.storeIn(file::write));
        this.links = lab.network().isPresent()
                ? LinkStates.cabled()
                : LinkStates.alone(platform().role(), setup.interfaces());
        this.reachability = lab.network().isPresent()
                ? new ModelledReachability(this, lab)
                : new LabReachability(config::running, links, lab);
        this.network = lab.network().map(modelled -> NetworkPresence.join(this, modelled)); // last: it reads the rest
    }

    /** A powered-off device in memory with its initial files in place (on other storage: {@link DeviceFactory}). */
    public static Router create(DeviceSetup setup, Clock clock, LabAddressMap lab) throws IOException {
        return DeviceFactory.create(setup, clock, lab, DeviceStorage.inMemory());
    }

    /** A powered-off device in memory from a profile; images in its initial flash are built now. */
    public static Router create(DeviceProfile profile, Clock clock, LabAddressMap lab) throws IOException {
        return DeviceFactory.create(profile, clock, lab, DeviceStorage.inMemory());
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

    /** The device's place in its lab's modelled network, if the lab models one. */
    public Optional<NetworkPresence> network() {
        return network;
    }

    /** The hardware address of interface {@code name}, counted up from the base MAC (the lab keeps devices apart). */
    public MacAddress macAddress(String name) {
        return network.map(node -> node.mac(name)).orElseGet(() -> new NodeViews(this, 0).mac(name));
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

    /** The switch's VLANs ({@code vlan N}); only VLAN 1 on a router, which switches nothing. */
    public VlanDatabase vlans() {
        return vlans;
    }

    /** At boot, before the startup-config: the VLANs a switch kept in {@code vlan.dat}, or the defaults. */
    void restoreVlans() {
        vlanFile.ifPresent(file -> vlans.restore(file.read()));
    }

    public LineRegistry lines() {
        return lines;
    }

    /**
     * Holds the front panel's Mode button down for the next power-on or reload, as for a 2960's password
     * recovery: the {@code switch:} loader stops before it initialises flash. False (and nothing held) on a
     * device without one (a ROMMON router).
     */
    public boolean holdModeButton() {
        if (!platform().hasModeButton()) {
            return false;
        }
        modeButton.set(true);
        return true;
    }

    /** Whether the Mode button was held for this boot; the loader has seen it, so it counts once. */
    boolean releaseModeButton() {
        return modeButton.getAndSet(false);
    }

    public BootOutcome powerOn(BootConsole console) {
        return new BootProcess(this, boot, config, bootSystem, verifier).powerOn(console);
    }

    /** Reloads running IOS for {@code requester} (see {@link BootProcess}); empty while another boot runs. */
    public Optional<BootOutcome> reload(Line requester, BootConsole console, ReloadReason reason) {
        return new BootProcess(this, boot, config, bootSystem, verifier).reload(requester, console, lines, reason);
    }

    /** Where the device is in its boot cycle, and what it booted; read it without a lock. */
    public BootState bootState() {
        return boot.now();
    }

    /** Calls {@code listener} after each change of {@link #bootState()}, on the thread that made it. */
    public void onBootStateChange(Runnable listener) {
        boot.onChange(listener);
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

    /** The device's RSA key: the one in use (SSH's host key) and the one saved in private-config. */
    public RsaKeys rsaKeys() {
        return rsaKeys;
    }

    /**
     * Whether the startup-config was written by another software version than the running one (its {@code
     * version} line says so), which IOS warns about before overwriting it.
     */
    public boolean startupWrittenByAnotherVersion() throws IOException {
        Optional<String> written = config.startupText().flatMap(StartupConfig::version);
        String running = bootState()
                .booted()
                .map(image -> ImageBanner.configVersion(image.header()))
                .orElse("");
        return written.isPresent() && !running.isEmpty() && !written.get().equals(running);
    }

    /** {@code write memory}: the startup-config, and the RSA key in private-config, as IOS saves both. */
    public void writeMemory() throws IOException {
        config.save();
        rsaKeys.save();
    }

    /** {@code write erase}: the startup-config and private-config are gone at the next boot. */
    public void eraseStartupConfig() throws IOException {
        config.eraseStartup();
        rsaKeys.eraseSaved();
    }
}
