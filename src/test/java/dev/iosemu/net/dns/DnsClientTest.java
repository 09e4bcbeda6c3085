package dev.iosemu.net.dns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.testing.FakeDnsServer;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DnsClientTest {
    private final FakeDnsServer server = FakeDnsServer.start();
    private final DnsClient client = new DnsClient(Duration.ofSeconds(5), 1);

    DnsClientTest() throws Exception {}

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void asksTheGivenServerAndReturnsItsAddress() throws Exception {
        server.add("fileserver.lab.local", "10.9.8.7");

        assertThat(client.lookup(server.address(), "FileServer.lab.local"))
                .contains((java.net.Inet4Address) InetAddress.getByName("10.9.8.7"));
        assertThat(server.asked()).containsExactly("fileserver.lab.local");
    }

    @Test
    void anUnknownNameIsEmpty() {
        assertThat(client.lookup(server.address(), "nobody.lab.local")).isEmpty();
        assertThat(server.asked()).containsExactly("nobody.lab.local");
    }

    @Test
    void aServerThatIsNotThereIsEmpty() throws Exception {
        InetSocketAddress closed;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closed = (InetSocketAddress) socket.getLocalSocketAddress();
        }

        assertThat(new DnsClient(Duration.ofMillis(200), 1).lookup(closed, "fileserver.lab.local"))
                .isEmpty();
    }
}
