package dev.iosemu.device;

import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.lab.LabNetwork;
import dev.iosemu.lab.LabService;
import dev.iosemu.lab.MacAddress;
import dev.iosemu.lab.NetworkAttachment;
import dev.iosemu.lab.NetworkNode;
import dev.iosemu.lab.NodeView;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The device as a node of a modelled lab network: it tells the network when its configuration shuts or opens
 * an interface, takes the carrier the network gives each interface into its {@link LinkStates}, and prints
 * the interface messages a real device prints. Thread-safe: what it last saw of each interface is guarded by
 * {@code lock}; the network is told outside it.
 */
public final class NetworkPresence implements NetworkNode {
    private final Router router;
    private final NetworkAttachment attachment;
    private final InterfaceLog log;
    private final NodeViews views;
    private final Map<LabService, Supplier<Optional<InetSocketAddress>>> servers = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Boolean> adminUp = new HashMap<>(); // guarded by lock; as last seen in the config
    private final AtomicBoolean powered = new AtomicBoolean(); // as the far ends were last told

    private NetworkPresence(Router router, LabNetwork network) {
        this.router = router;
        this.log = new InterfaceLog(router, network.timer());
        router.runningConfig().interfaces().forEach(ifc -> adminUp.put(ifc.name(), !ifc.shutdown()));
        this.attachment = network.attach(this);
        this.views = new NodeViews(router, attachment.ordinal());
    }

    /** Puts {@code router} into {@code network}, uncabled, following its configuration from now on. */
    static NetworkPresence join(Router router, LabNetwork network) {
        NetworkPresence presence = new NetworkPresence(router, network);
        router.onRunningConfigChange(presence::configurationChanged);
        router.vlans().onChange(presence::configurationChanged);
        router.onBootStateChange(presence::bootStateChanged);
        return presence;
    }

    /** The device's place in the network: what it asks of it (ping, ARP, CDP). */
    public NetworkAttachment attachment() {
        return attachment;
    }

    /** Names where the device's own server for {@code service} listens on this machine, while it runs one. */
    public void serve(LabService service, Supplier<Optional<InetSocketAddress>> socket) {
        servers.put(service, socket);
    }

    @Override
    public String name() {
        return router.runningConfig().hostname();
    }

    @Override
    public Optional<String> cableable(String typed) {
        return InterfaceNames.find(views.cableInterfaces(), typed);
    }

    @Override
    public NodeView view() {
        return views.now();
    }

    @Override
    public void carrierChanged(String interfaceName, boolean up) {
        locked(() -> {
            LinkStates links = router.links();
            boolean was = links.isUp(interfaceName);
            links.set(interfaceName, up);
            Optional<InterfaceConfig> ifc = router.runningConfig().findInterface(interfaceName);
            if (was != up && ifc.isPresent() && !ifc.get().shutdown()) {
                if (up) {
                    log.up(interfaceName);
                } else {
                    log.down(interfaceName);
                }
            }
            refreshVlanInterfaces();
        });
    }

    @Override
    public void shutdown(String interfaceName, boolean shutdown) {
        String name = cableable(interfaceName)
                .or(() -> router.runningConfig().findInterface(interfaceName).map(InterfaceConfig::name))
                .orElseThrow(() -> new IllegalArgumentException(name() + " has no interface " + interfaceName));
        router.configure(b -> b.updateInterface(name, ifc -> ifc.withShutdown(shutdown)));
    }

    @Override
    public Optional<InetSocketAddress> serverSocket(LabService service) {
        return servers.getOrDefault(service, Optional::empty).get();
    }

    /** Powered on or off, into the loader or out of it: the far ends gain or lose their carrier. */
    private void bootStateChanged() {
        boolean now = views.powered();
        if (powered.getAndSet(now) != now) {
            attachment.interfacesChanged();
        }
    }

    /** Leaves the network (the device is closed): every cable of it is pulled. */
    public void leave() {
        attachment.detach();
    }

    /** Prints what each interface shut or opened by the change says, then lets the far ends know. */
    private void configurationChanged() {
        boolean changed = locked(() -> {
            boolean any = false;
            for (InterfaceConfig ifc : router.runningConfig().interfaces()) {
                any |= adminChanged(ifc);
            }
            refreshVlanInterfaces();
            return any;
        });
        if (changed) {
            attachment.interfacesChanged();
        }
    }

    /** Logs one interface's change of administrative state; the caller holds the lock. */
    private boolean adminChanged(InterfaceConfig ifc) {
        boolean open = !ifc.shutdown();
        Boolean before = adminUp.put(ifc.name(), open);
        boolean carrier = router.links().isUp(ifc.name());
        if (before == null) {
            if (open && views.isLoopback(ifc.name())) {
                log.protocolOnly(ifc.name(), true); // a new loopback comes up as it is made
            }
            return true;
        }
        if (before == open) {
            return false;
        }
        if (!open) {
            log.shutDown(ifc.name(), carrier);
        } else if (carrier) {
            log.up(ifc.name());
        } else {
            log.openedWithoutCarrier(ifc.name());
        }
        return true;
    }

    /**
     * A VLAN interface's link follows its VLAN: up while a switch port in it is up (IOS's autostate). Only its
     * line protocol is reported when that changes by itself.
     */
    private void refreshVlanInterfaces() {
        RunningConfig config = router.runningConfig();
        for (InterfaceConfig ifc : config.interfaces()) {
            views.vlanOf(ifc.name()).ifPresent(vlan -> {
                boolean up = views.vlanHasUpPort(config, vlan);
                boolean was = router.links().isUp(ifc.name());
                router.links().set(ifc.name(), up);
                if (was != up && !ifc.shutdown()) {
                    log.protocolOnly(ifc.name(), up);
                }
            });
        }
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private void locked(Runnable action) {
        locked(() -> {
            action.run();
            return null;
        });
    }

    /** The hardware address of interface {@code name}. */
    MacAddress mac(String name) {
        return views.mac(name);
    }

    /** Whether {@code name} is a switch's layer-2 port. */
    public boolean isSwitchPort(String name) {
        return views.isSwitchPort(name);
    }

    /** The interfaces a cable can go into, for tests and lab files. */
    List<String> cableInterfaces() {
        return views.cableInterfaces();
    }
}
