package dev.iosemu.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two hosts cabled back to back in a modelled network: carriers, ARP, echoes and the cabling's refusals. */
class LabNetworkTest {
    private static final Ipv4Address MASK = Ipv4Address.mask(24);

    private final ManualTime time = new ManualTime(Instant.parse("2026-03-01T00:00:00Z"));
    private final LabNetwork network = LabNetwork.create(time);
    private final LabHost a = host("a", "10.1.1.1");
    private final LabHost b = host("b", "10.1.1.2");
    private final NetworkAttachment fromA = network.attach(a);

    LabNetworkTest() {
        network.attach(b);
    }

    private static LabHost host(String name, String address) {
        return LabHost.of(name, Ipv4Address.parse(address), MASK, Optional.empty(), Map.of());
    }

    private List<Echo.Outcome> ping(String address) {
        return fromA.ping(Ipv4Address.parse(address), 5, Duration.ofSeconds(2)).stream()
                .map(Echo::outcome)
                .toList();
    }

    @Test
    void theFirstEchoIsLostToArpAndTheRestComeBack() {
        network.connect(a, "eth0", b, "ETH0");

        assertThat(ping("10.1.1.2"))
                .containsExactly(
                        Echo.Outcome.NONE,
                        Echo.Outcome.REPLY,
                        Echo.Outcome.REPLY,
                        Echo.Outcome.REPLY,
                        Echo.Outcome.REPLY);
        assertThat(fromA.arpTable())
                .extracting(ArpEntry::address)
                .map(Ipv4Address::toString)
                .containsExactly("10.1.1.1", "10.1.1.2");
        assertThat(fromA.counters("eth0").packetsOut())
                .isEqualTo(5); // the ARP request and four echoes: the first one waited on ARP
    }

    @Test
    void anAddressNobodyOwnsNeverAnswers() {
        network.connect(a, "eth0", b, "eth0");
        assertThat(ping("10.1.1.9")).containsOnly(Echo.Outcome.NONE);
        assertThat(ping("10.2.2.2")).containsOnly(Echo.Outcome.NONE); // no route at all
    }

    @Test
    void anUnpluggedCableCarriesNothingUntilPluggedBack() {
        Link cable = network.connect(a, "eth0", b, "eth0");
        ping("10.1.1.2");
        cable.unplug();
        assertThat(cable.isPlugged()).isFalse();
        assertThat(ping("10.1.1.2")).containsOnly(Echo.Outcome.NONE);
        cable.plug();
        assertThat(ping("10.1.1.2")).endsWith(Echo.Outcome.REPLY);
        assertThat(fromA.reach(Ipv4Address.parse("10.1.1.2"))).contains(b);
    }

    @Test
    void cablingRefusesWhatCannotBeCabled() {
        network.connect(a, "eth0", b, "eth0");
        LabHost c = host("c", "10.1.1.3");
        assertThatThrownBy(() -> network.connect(a, "eth9", b, "eth0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a has no interface eth9");
        assertThatThrownBy(() -> network.connect(c, "eth0", b, "eth0")).hasMessage("c is not in this lab network");
        network.attach(c);
        assertThatThrownBy(() -> network.connect(c, "eth0", b, "eth0"))
                .hasMessage("b eth0 is already cabled (to a eth0)");
        assertThatThrownBy(() -> network.connect(c, "eth0", c, "eth0")).hasMessage("cannot cable c eth0 to itself");
        assertThatThrownBy(() -> network.attach(c)).hasMessage("c is already in the lab network");
    }

    @Test
    void manualTimeRunsEachActionAtItsInstant() {
        StringBuilder order = new StringBuilder();
        time.after(Duration.ofSeconds(2), () -> order.append("second@")
                .append(time.instant().getEpochSecond() % 60));
        time.after(Duration.ofSeconds(1), () -> order.append("first@")
                .append(time.instant().getEpochSecond() % 60));
        time.advance(Duration.ofMillis(1500));
        assertThat(order).hasToString("first@1");
        time.advance(Duration.ofSeconds(1));
        assertThat(order).hasToString("first@1second@2");
        assertThat(time.pendingCount()).isZero();
    }
}
