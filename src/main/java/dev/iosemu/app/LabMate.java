package dev.iosemu.app;

import dev.iosemu.device.config.TransportInput.Protocol;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabPeers;
import dev.iosemu.lab.LabService;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.Set;

/**
 * A device as the other devices of a lab without a modelled network reach it: at the addresses of its up
 * interfaces, its vty lines for {@code telnet} and {@code ssh} (started at the first such connection when it
 * was built without them) and {@code copy scp:}, its own TFTP server while {@code tftp-server} names a file.
 *
 * @param device the device
 */
record LabMate(VirtualDevice device) implements LabPeers.Peer {
    @Override
    public Set<Ipv4Address> addresses() {
        return Lab.ownAddresses(device.router());
    }

    @Override
    public Optional<InetSocketAddress> serverSocket(LabService service) {
        return switch (service) {
            case TELNET -> device.remote().listenForLabMates(Protocol.TELNET);
            case SSH, SCP -> device.remote().listenForLabMates(Protocol.SSH);
            case TFTP -> device.tftpServerAddress().filter(LabMate::onLoopback);
            case FTP, HTTP, HTTPS, DNS -> Optional.empty();
        };
    }

    /**
     * A TFTP server on the host's UDP listens on loopback, where a lab-mate's datagrams must be sent; on a fabric
     * of the lab's own it listens at the device's own addresses, where they go already.
     */
    private static boolean onLoopback(InetSocketAddress server) {
        return server.getAddress().isLoopbackAddress();
    }
}
