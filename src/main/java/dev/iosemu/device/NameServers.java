package dev.iosemu.device;

import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabService;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Name lookup through the configured {@code ip name-server}s, as IOS does once the host table has no entry:
 * the name, qualified with {@code ip domain name} when it has no dot, goes to each server in turn that the
 * routing table reaches, until one answers. A lab address stands for a name server only where the lab map
 * says so; the lab's own servers answer no DNS.
 */
public final class NameServers {
    /** The address IOS names when it has no name server configured: it broadcasts its queries. */
    public static final Ipv4Address BROADCAST = Ipv4Address.parse("255.255.255.255");

    private NameServers() {}

    /**
     * The servers as {@code Translating} and {@code show hosts} name them: the configured ones, else the
     * broadcast address.
     */
    public static List<String> shown(RunningConfig config) {
        List<Ipv4Address> servers = config.names().servers().isEmpty()
                ? List.of(BROADCAST)
                : config.names().servers();
        return servers.stream().map(Ipv4Address::toString).toList();
    }

    /** The address the name servers give {@code name}; empty if none is configured, reached or knows it. */
    public static Optional<Ipv4Address> query(Router router, String name) {
        RunningConfig config = router.runningConfig();
        String qualified = name.contains(".")
                ? name
                : config.names().domainName().map(d -> name + "." + d).orElse(name);
        for (Ipv4Address server : config.names().servers()) {
            Reachability reach = router.reachability();
            Optional<Ipv4Address> answer = reach.route(server).isEmpty()
                    ? Optional.empty()
                    : reach.socketFor(server, LabService.DNS, OptionalInt.empty())
                            .flatMap(socket -> router.lab().nameService().query(socket, qualified));
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }
}
