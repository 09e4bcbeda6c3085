package dev.iosemu.device.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.StaticRoute;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConfigRendererTest {
    private static final RenderContext ROUTER = new RenderContext(ConfigStyle.ROUTER, "15.7", OptionalInt.empty());

    private static RunningConfig routerConfig() {
        RunningConfig factory = RunningConfig.factory(
                "Router",
                List.of(
                        InterfaceConfig.unconfigured("GigabitEthernet0/0", true),
                        InterfaceConfig.unconfigured("GigabitEthernet0/1", true)),
                List.of(
                        LineConfig.bare(LineKind.CON, 0, 0),
                        LineConfig.bare(LineKind.AUX, 0, 0),
                        LineConfig.bare(LineKind.VTY, 0, 4).withLogin(LineConfig.Login.LINE)));
        return factory.toBuilder()
                .hostname("R1")
                .security(s -> s.withEnableSecret(Optional.of(new EnableSecret("$1$mERr$hx5rVt7rPNoS4wqbXKX7m0"))))
                .names(n -> n.withLookup(false))
                .addBootSystem("flash:c1900-universalk9-mz.SPA.157-3.M8.bin")
                .updateInterface("GigabitEthernet0/0", ifc -> ifc.withShutdown(false)
                        .withAddress(Optional.of(new InterfaceAddress(
                                Ipv4Address.parse("192.168.1.1"), Ipv4Address.parse("255.255.255.0")))))
                .routing(r -> r.withRoute(new StaticRoute(
                        Ipv4Address.parse("0.0.0.0"),
                        Ipv4Address.parse("0.0.0.0"),
                        Ipv4Address.parse("192.168.1.254"))))
                .ftp(f -> f.withUsername(Optional.of("cisco"))
                        .withPassword(Optional.of(StoredPassword.parse("7", "0822455D0A16"))))
                .build();
    }

    @Test
    void routerConfigHasTheIosLayout() {
        assertThat(ConfigRenderer.render(routerConfig(), ROUTER))
                .containsExactly(
                        "!",
                        "version 15.7",
                        "service timestamps debug datetime msec",
                        "service timestamps log datetime msec",
                        "no service password-encryption",
                        "!",
                        "hostname R1",
                        "!",
                        "boot-start-marker",
                        "boot system flash:c1900-universalk9-mz.SPA.157-3.M8.bin",
                        "boot-end-marker",
                        "!",
                        "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
                        "!",
                        "no aaa new-model",
                        "!",
                        "no ip domain lookup",
                        "ip cef",
                        "no ipv6 cef",
                        "ip ftp username cisco",
                        "ip ftp password 7 0822455D0A16",
                        "!",
                        "interface GigabitEthernet0/0",
                        " ip address 192.168.1.1 255.255.255.0",
                        " duplex auto",
                        " speed auto",
                        "!",
                        "interface GigabitEthernet0/1",
                        " no ip address",
                        " shutdown",
                        " duplex auto",
                        " speed auto",
                        "!",
                        "ip forward-protocol nd",
                        "!",
                        "no ip http server",
                        "no ip http secure-server",
                        "!",
                        "ip route 0.0.0.0 0.0.0.0 192.168.1.254",
                        "!",
                        "control-plane",
                        "!",
                        "line con 0",
                        "line aux 0",
                        "line vty 0 4",
                        " login",
                        "!",
                        "end");
    }

    @Test
    void pendingRegisterIsRenderedBeforeEnd() {
        RenderContext context = new RenderContext(ConfigStyle.ROUTER, "15.7", OptionalInt.of(0x2142));

        List<String> lines = ConfigRenderer.render(routerConfig(), context);

        assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly("config-register 0x2142", "!", "end");
    }

    @Test
    void switchStyleLeavesBootSystemToTheLoaderAndShowsTheGateway() {
        RunningConfig config = RunningConfig.factory(
                        "Switch",
                        List.of(
                                InterfaceConfig.unconfigured("GigabitEthernet1/0/1", false),
                                InterfaceConfig.unconfigured("Vlan1", false)),
                        List.of(LineConfig.bare(LineKind.CON, 0, 0)))
                .toBuilder()
                .addBootSystem("flash:x.bin")
                .routing(r -> r.withDefaultGateway(Optional.of(Ipv4Address.parse("192.168.1.254"))))
                .build();

        List<String> lines =
                ConfigRenderer.render(config, new RenderContext(ConfigStyle.SWITCH, "15.2", OptionalInt.empty()));

        assertThat(lines).containsSequence("boot-start-marker", "boot-end-marker");
        assertThat(lines)
                .containsSequence("interface GigabitEthernet1/0/1", "!", "interface Vlan1", " no ip address", "!");
        assertThat(lines)
                .contains("ip default-gateway 192.168.1.254", "no service pad")
                .doesNotContain("ip cef");
    }
}
