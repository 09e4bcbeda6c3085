package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.config.InterfaceAddress;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabService;
import dev.iosemu.lab.StaticRoute;
import dev.iosemu.profile.DeviceProfiles;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameServersTest {
    private static final Ipv4Address LAB_DNS = Ipv4Address.parse("192.168.1.53");
    private static final Ipv4Address LAB_TFTP_ONLY = Ipv4Address.parse("192.168.1.10");
    private static final Ipv4Address REAL_DNS = Ipv4Address.parse("10.0.0.53");
    private static final InetSocketAddress LAB_DNS_SOCKET = new InetSocketAddress("127.0.0.1", 5353);
    private static final Ipv4Address ANSWER = Ipv4Address.parse("192.168.1.99");

    private final List<String> queries = new ArrayList<>();

    private Router router(boolean answers) throws Exception {
        LabAddressMap lab = LabAddressMap.empty()
                .with(LAB_DNS, LabService.DNS, LAB_DNS_SOCKET)
                .with(LAB_TFTP_ONLY, LabService.TFTP, new InetSocketAddress("127.0.0.1", 6969))
                .withNameService((server, name) -> {
                    queries.add(server.getAddress().getHostAddress() + ":" + server.getPort() + " " + name);
                    return answers ? Optional.of(ANSWER) : Optional.empty();
                });
        Router router = Router.create(DeviceProfiles.loadBuiltIn("c1941"), new TestClock(), lab);
        router.powerOn(new RecordingConsole().boot(ConfigReplayer.NONE));
        router.configure(b -> b.updateInterface("GigabitEthernet0/0", ifc -> ifc.withShutdown(false)
                .withAddress(Optional.of(
                        new InterfaceAddress(Ipv4Address.parse("192.168.1.1"), Ipv4Address.parse("255.255.255.0"))))));
        return router;
    }

    @Test
    void eachServerIsAskedInTurnAtItsSocketWithTheNameQualified() throws Exception {
        Router router = router(false);
        router.configure(
                b -> b.names(n -> n.withDomainName(Optional.of("lab.local")).withServers(List.of(LAB_DNS, REAL_DNS)))
                        .routing(r -> r.withRoute(new StaticRoute(
                                Ipv4Address.parse("10.0.0.0"),
                                Ipv4Address.parse("255.0.0.0"),
                                Ipv4Address.parse("192.168.1.254")))));

        assertThat(NameServers.query(router, "fileserver")).isEmpty();
        assertThat(NameServers.query(router, "files.example.com")).isEmpty();

        assertThat(queries)
                .containsExactly(
                        "127.0.0.1:5353 fileserver.lab.local",
                        "10.0.0.53:53 fileserver.lab.local",
                        "127.0.0.1:5353 files.example.com",
                        "10.0.0.53:53 files.example.com");
    }

    @Test
    void serversNoRouteReachesOrThatAreLabHostsWithoutDnsAreNotAsked() throws Exception {
        Router router = router(true);
        router.configure(b -> b.names(n -> n.withServers(List.of(REAL_DNS, LAB_TFTP_ONLY, LAB_DNS))));

        assertThat(NameServers.query(router, "fileserver")).contains(ANSWER);
        assertThat(queries).containsExactly("127.0.0.1:5353 fileserver");
    }

    @Test
    void noServerConfiguredMeansNoQueryAndTheBroadcastAddressIsShown() throws Exception {
        Router router = router(true);

        assertThat(NameServers.query(router, "fileserver")).isEmpty();
        assertThat(queries).isEmpty();
        assertThat(NameServers.shown(router.runningConfig())).containsExactly("255.255.255.255");
    }

    @Test
    void atMostSixDistinctServersAreKeptAndNoFormsRemoveSomeOrAll() throws Exception {
        Router router = router(true);
        List<Ipv4Address> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add(Ipv4Address.parse("10.0.0." + i));
        }
        router.configure(b -> b.names(n -> n.withServers(List.of(seven.get(0))).withServers(seven)));

        assertThat(router.runningConfig().names().servers()).containsExactlyElementsOf(seven.subList(0, 6));
        router.configure(b -> b.names(n -> n.withoutServers(List.of(seven.get(1), seven.get(6)))));
        assertThat(NameServers.shown(router.runningConfig()))
                .containsExactly("10.0.0.1", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6");
        router.configure(b -> b.names(n -> n.withoutServers(List.of())));
        assertThat(router.runningConfig().names().servers()).isEmpty();
    }
}
