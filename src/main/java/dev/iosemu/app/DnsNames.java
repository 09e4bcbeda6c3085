package dev.iosemu.app;

import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.NameService;
import dev.iosemu.net.dns.DnsClient;

/** The device's name service on real DNS: each query goes to the name server's socket over UDP. */
final class DnsNames {
    private DnsNames() {}

    /** Real DNS with a router's patience (see {@link DnsClient#standard()}). */
    static NameService standard() {
        return over(DnsClient.standard());
    }

    static NameService over(DnsClient client) {
        return (server, name) ->
                client.lookup(server, name).map(address -> Ipv4Address.parse(address.getHostAddress()));
    }
}
