package dev.iosemu.device.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.lab.Ipv4Address;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code ip host} table of the running configuration. */
class HostTableTest {
    private static final Ipv4Address A = Ipv4Address.parse("192.168.1.10");
    private static final Ipv4Address B = Ipv4Address.parse("192.168.1.11");

    private final NameSettings empty = NameSettings.defaults();

    @Test
    void nameResolvesToItsFirstAddressWhateverItsCase() {
        NameSettings config = empty.withHost(new HostEntry("LabServer", List.of(B, A)));

        assertThat(config.host("labserver")).contains(B);
        assertThat(config.host("LABSERVER")).contains(B);
        assertThat(config.host("other")).isEmpty();
    }

    @Test
    void newEntryForANameReplacesItWhereItStood() {
        NameSettings config = empty.withHost(new HostEntry("one", List.of(A)))
                .withHost(new HostEntry("two", List.of(A)))
                .withHost(new HostEntry("ONE", List.of(B)));

        assertThat(config.hosts())
                .extracting(HostEntry::render)
                .containsExactly("ip host ONE 192.168.1.11", "ip host two 192.168.1.10");
    }

    @Test
    void removingANameIgnoresItsCase() {
        NameSettings config = empty.withHost(new HostEntry("one", List.of(A)))
                .withoutHost("ONE")
                .withoutHost("never-there");

        assertThat(config.hosts()).isEmpty();
    }

    @Test
    void entryHoldsOneToEightAddresses() {
        assertThatThrownBy(() -> new HostEntry("none", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostEntry("many", Collections.nCopies(9, A)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new HostEntry("eight", Collections.nCopies(8, A)).render())
                .startsWith("ip host eight 192.168.1.10 ");
    }
}
