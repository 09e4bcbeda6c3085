package dev.iosemu.app;

import dev.iosemu.lab.LabHost;
import dev.iosemu.lab.file.LabLink;
import dev.iosemu.lab.file.LabServerNode;
import java.util.List;
import java.util.Map;

/**
 * Where a lab file's links become cables in the lab's modelled network: between two devices, or between a
 * device and the lab server, which joins the network as a host at its lab address the first time a link
 * names it. Called once, before the devices power on.
 */
final class LabCabling {
    private LabCabling() {}

    /** Cables {@code links} between {@code devices} (and {@code server}) in {@code lab}, which models a network. */
    static void connect(Lab lab, Map<String, VirtualDevice> devices, LabServerNode server, List<LabLink> links) {
        LabHost host = null;
        for (LabLink link : links) {
            boolean serverFirst = link.a().node().equals(server.name());
            LabLink.Endpoint device = serverFirst ? link.b() : link.a();
            LabLink.Endpoint other = serverFirst ? link.a() : link.b();
            if (other.node().equals(server.name())) {
                host = host != null ? host : lab.serverHost(server.name(), server.address());
                lab.network()
                        .orElseThrow()
                        .connect(host, LabServerNode.INTERFACE, node(devices, device), device.interfaceName());
            } else {
                lab.connect(
                        devices.get(device.node()),
                        device.interfaceName(),
                        devices.get(other.node()),
                        other.interfaceName());
            }
        }
    }

    private static dev.iosemu.lab.NetworkNode node(Map<String, VirtualDevice> devices, LabLink.Endpoint end) {
        return devices.get(end.node()).router().network().orElseThrow();
    }
}
