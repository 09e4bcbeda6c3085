package dev.iosemu.device;

import dev.iosemu.device.boot.ImageBanner;
import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.device.config.PortSettings;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.lab.CdpAdvert;
import dev.iosemu.lab.ConnectedInterface;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.MacAddress;
import dev.iosemu.lab.NodeView;
import dev.iosemu.lab.PortMode;
import dev.iosemu.lab.PortView;
import dev.iosemu.profile.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The device as its lab network sees it, read from its running configuration and link states: each
 * interface's hardware address (counted up from the base MAC), mode, state and address. Stateless; every
 * call reads a fresh snapshot without a lock.
 */
final class NodeViews {
    private final Router router;
    private final MacAddress base;
    private final List<String> cableInterfaces; // the device's own interfaces never change
    private final Set<String> cabled;

    /** The views of {@code router}, the {@code ordinal}-th node of its lab network. */
    NodeViews(Router router, int ordinal) {
        this.router = router;
        this.base = MacAddress.parse(router.setup().identity().macAddress()).plus(ordinal * 256);
        this.cableInterfaces = router.setup().interfaces().stream()
                .filter(name -> vlanOf(name).isEmpty() && !isLoopback(name))
                .toList();
        this.cabled = Set.copyOf(cableInterfaces);
    }

    NodeView now() {
        RunningConfig config = router.runningConfig();
        List<PortView> ports = new ArrayList<>();
        for (InterfaceConfig ifc : config.interfaces()) {
            ports.add(port(config, ifc));
        }
        boolean routes = isRouter();
        return new NodeView(
                ports,
                config.routingTable(router.links()::lineProtocolUp),
                routes,
                routes ? Set.of() : vlanIds(),
                config.routing().cdp() ? Optional.of(advert(config, ports)) : Optional.empty());
    }

    /** Whether the device's ports are lit: IOS loading or running, not the loader or a device switched off. */
    boolean powered() {
        return router.bootState().booted().isPresent();
    }

    private PortView port(RunningConfig config, InterfaceConfig ifc) {
        boolean powered = powered();
        boolean up = powered && router.links().lineProtocolUp(ifc);
        Optional<ConnectedInterface> address =
                ifc.address().map(a -> new ConnectedInterface(ifc.name(), a.address(), a.mask(), up));
        boolean physical = cabled.contains(ifc.name());
        boolean cdp = physical && config.routing().cdp() && ifc.port().cdp();
        return new PortView(ifc.name(), mac(ifc.name()), powered && !ifc.shutdown(), up, address, mode(ifc), cdp);
    }

    /** Each interface's own address; SVIs and loopbacks share the base, as on the real devices. */
    MacAddress mac(String name) {
        int index = router.setup().interfaces().indexOf(name);
        return index < 0 || !cabled.contains(name) ? base : base.plus(index + 1);
    }

    private Set<Integer> vlanIds() {
        Set<Integer> ids = new java.util.HashSet<>();
        router.vlans().all().forEach(vlan -> ids.add(vlan.id()));
        return ids;
    }

    PortMode mode(InterfaceConfig ifc) {
        Optional<Integer> vlan = vlanOf(ifc.name());
        if (vlan.isPresent()) {
            return new PortMode.Svi(vlan.get());
        }
        if (!isSwitchPort(ifc.name())) {
            return PortMode.routed(); // a router's port, a loopback, a switch's management port (Fa0)
        }
        return ifc.port().mode() == PortSettings.SwitchportMode.TRUNK
                ? new PortMode.Trunk(VlanDatabase.DEFAULT_VLAN)
                : new PortMode.Access(ifc.port().accessVlan());
    }

    /** A switch's layer-2 port: every interface of a switch but its VLAN interfaces, loopbacks and Fa0. */
    boolean isSwitchPort(String name) {
        return !isRouter() && name.contains("/") && vlanOf(name).isEmpty() && !isLoopback(name);
    }

    private CdpAdvert advert(RunningConfig config, List<PortView> ports) {
        List<String> version = router.bootState()
                .booted()
                .map(image -> ImageBanner.lines(image.header()))
                .orElse(List.of());
        Optional<Ipv4Address> management = ports.stream()
                .flatMap(p -> p.address().stream())
                .map(ConnectedInterface::address)
                .findFirst();
        return new CdpAdvert(
                config.hostname(),
                "cisco " + router.setup().identity().model(),
                isRouter() ? "R B S I" : "S I",
                version,
                management);
    }

    /** The interfaces a cable goes into: every one but VLAN interfaces and loopbacks. */
    List<String> cableInterfaces() {
        return cableInterfaces;
    }

    boolean isLoopback(String name) {
        return name.startsWith("Loopback");
    }

    /** The VLAN of a VLAN interface ({@code Vlan10}: 10). */
    Optional<Integer> vlanOf(String name) {
        if (name.startsWith("Vlan")
                && name.length() > 4
                && name.substring(4).chars().allMatch(Character::isDigit)) {
            return Optional.of(Integer.parseInt(name.substring(4)));
        }
        return Optional.empty();
    }

    /** Whether a switch port that carries {@code vlan} has its line protocol up. */
    boolean vlanHasUpPort(RunningConfig config, int vlan) {
        if (!router.vlans().exists(vlan)) {
            return false;
        }
        return config.interfaces().stream()
                .filter(router.links()::lineProtocolUp)
                .anyMatch(ifc -> switch (mode(ifc)) {
                    case PortMode.Access access -> access.vlan() == vlan;
                    case PortMode.Trunk trunk -> true;
                    default -> false;
                });
    }

    private boolean isRouter() {
        return router.platform().role() == Role.ROUTER;
    }
}
