package dev.iosemu.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingTableTest {
    private static final Ipv4Address MASK_24 = Ipv4Address.parse("255.255.255.0");
    private static final ConnectedInterface G0_0 =
            new ConnectedInterface("GigabitEthernet0/0", Ipv4Address.parse("192.168.1.1"), MASK_24, true);
    private static final ConnectedInterface G0_1_DOWN =
            new ConnectedInterface("GigabitEthernet0/1", Ipv4Address.parse("10.0.0.1"), MASK_24, false);

    @Test
    void hostInAConnectedSubnetLeavesThroughThatInterface() {
        RoutingTable table = new RoutingTable(List.of(G0_0), List.of(), Optional.empty());

        assertThat(table.lookup(Ipv4Address.parse("192.168.1.10")))
                .contains(new Egress("GigabitEthernet0/0", Ipv4Address.parse("192.168.1.1")));
    }

    @Test
    void subnetOfADownInterfaceIsNotConnected() {
        RoutingTable table = new RoutingTable(List.of(G0_0, G0_1_DOWN), List.of(), Optional.empty());

        assertThat(table.lookup(Ipv4Address.parse("10.0.0.5"))).isEmpty();
    }

    @Test
    void defaultRouteReachesAnyAddressThroughItsNextHop() {
        StaticRoute defaultRoute = new StaticRoute(
                Ipv4Address.parse("0.0.0.0"), Ipv4Address.parse("0.0.0.0"), Ipv4Address.parse("192.168.1.254"));
        RoutingTable table = new RoutingTable(List.of(G0_0), List.of(defaultRoute), Optional.empty());

        assertThat(table.lookup(Ipv4Address.parse("127.0.0.1")).map(Egress::interfaceName))
                .contains("GigabitEthernet0/0");
    }

    @Test
    void routeWhoseNextHopIsUnreachableIsIgnored() {
        StaticRoute viaDownLink = new StaticRoute(
                Ipv4Address.parse("0.0.0.0"), Ipv4Address.parse("0.0.0.0"), Ipv4Address.parse("10.0.0.254"));
        RoutingTable table = new RoutingTable(List.of(G0_0, G0_1_DOWN), List.of(viaDownLink), Optional.empty());

        assertThat(table.lookup(Ipv4Address.parse("8.8.8.8"))).isEmpty();
    }

    @Test
    void switchReachesOtherNetworksThroughItsDefaultGateway() {
        ConnectedInterface vlan1 = new ConnectedInterface("Vlan1", Ipv4Address.parse("192.168.1.2"), MASK_24, true);
        RoutingTable table =
                new RoutingTable(List.of(vlan1), List.of(), Optional.of(Ipv4Address.parse("192.168.1.254")));

        assertThat(table.lookup(Ipv4Address.parse("127.0.0.1")).map(Egress::interfaceName))
                .contains("Vlan1");
    }

    @Test
    void withoutRouteOrGatewayARemoteAddressIsUnreachable() {
        RoutingTable table = new RoutingTable(List.of(G0_0), List.of(), Optional.empty());

        assertThat(table.lookup(Ipv4Address.parse("127.0.0.1"))).isEmpty();
    }
}
