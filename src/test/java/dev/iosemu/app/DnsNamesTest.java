package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.net.dns.DnsClient;
import dev.iosemu.testing.FakeDnsServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DnsNamesTest {
    @Test
    void queriesGoOverUdpToTheServersSocket() throws Exception {
        try (FakeDnsServer server = FakeDnsServer.start().add("fileserver.lab.local", "192.168.1.10")) {
            var names = DnsNames.over(new DnsClient(Duration.ofSeconds(5), 1));

            assertThat(names.query(server.address(), "fileserver.lab.local"))
                    .contains(Ipv4Address.parse("192.168.1.10"));
            assertThat(names.query(server.address(), "other.lab.local")).isEmpty();
            assertThat(server.asked()).containsExactly("fileserver.lab.local", "other.lab.local");
        }
    }
}
