package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.LookupText;
import dev.iosemu.device.Reachability;
import dev.iosemu.lab.Egress;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabService;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Resolves the host of a copy URL the way the device would: an IPv4 literal, an {@code ip host} name, or
 * (with domain lookup on) what the {@code ip name-server}s answer after the {@code Translating} line, then the
 * device's {@link Reachability} for the egress interface and the socket standing for the host. Failures are
 * the JDK exceptions whose IOS reasons {@link dev.iosemu.fs.FsErrors} knows: a host no route reaches
 * fails at once with {@code (No route to host)} and nothing is sent; a lab address without the
 * service fails with {@code (Timed out)}, as nothing would ever answer.
 */
final class HostResolver {
    private final CopyDevice device;

    HostResolver(CopyDevice device) {
        this.device = device;
    }

    RemoteHost resolve(String host, LabService service, OptionalInt urlPort, CopyConsole console)
            throws java.io.IOException {
        if (isIpv6Literal(host)) {
            throw new NoRouteToHostException(host); // an address, not a name; and the lab routes IPv4 only
        }
        Ipv4Address address = address(host, console);
        Reachability reach = device.reachability();
        Egress egress = reach.route(address).orElseThrow(() -> new NoRouteToHostException(host));
        InetSocketAddress socket =
                reach.socketFor(address, service, urlPort).orElseThrow(() -> new SocketTimeoutException(host));
        return new RemoteHost(address, egress, socket);
    }

    /** An IPv6 address as a URL writes it ({@code [::1]}) or as typed at the host prompt ({@code ::1}). */
    private static boolean isIpv6Literal(String host) {
        return host.startsWith("[") || host.contains(":");
    }

    /** The source address a configured source interface gives, else the egress interface's. */
    Ipv4Address sourceAddress(RemoteHost host, Optional<String> sourceInterface) {
        return sourceInterface
                .flatMap(device::interfaceAddress)
                .orElse(host.egress().sourceAddress());
    }

    private Ipv4Address address(String host, CopyConsole console) throws UnknownHostException {
        Optional<Ipv4Address> literal = Ipv4Address.tryParse(host);
        if (literal.isPresent()) {
            return literal.get();
        }
        Optional<Ipv4Address> known = device.knownHost(host);
        if (known.isPresent()) {
            return known.get();
        }
        if (device.domainLookup()) {
            Optional<Ipv4Address> answer = LookupText.translate(
                    host, device.nameServers(), () -> device.queryNameServers(host), console::print);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw new UnknownHostException(host);
    }
}
