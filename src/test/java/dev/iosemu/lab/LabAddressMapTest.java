package dev.iosemu.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LabAddressMapTest {
    private static final Ipv4Address LAB_SERVER = Ipv4Address.parse("192.168.1.10");
    private static final InetSocketAddress EMBEDDED_TFTP = new InetSocketAddress("127.0.0.1", 40069);

    @Test
    void labAddressLeadsToItsMappedServerWhateverPortTheUrlNames() {
        LabAddressMap map = LabAddressMap.empty().with(LAB_SERVER, LabService.TFTP, EMBEDDED_TFTP);

        assertThat(map.socketFor(LAB_SERVER, LabService.TFTP, OptionalInt.of(6969)))
                .contains(EMBEDDED_TFTP);
    }

    @Test
    void labAddressWithoutTheServiceHasNoSocket() {
        LabAddressMap map = LabAddressMap.empty().with(LAB_SERVER, LabService.TFTP, EMBEDDED_TFTP);

        assertThat(map.socketFor(LAB_SERVER, LabService.FTP, OptionalInt.empty()))
                .isEmpty();
    }

    @Test
    void realAddressUsesTheStandardPortUnlessTheUrlNamesOne() {
        LabAddressMap map = LabAddressMap.empty();
        Ipv4Address loopback = Ipv4Address.parse("127.0.0.1");

        assertThat(map.socketFor(loopback, LabService.TFTP, OptionalInt.empty()))
                .contains(new InetSocketAddress("127.0.0.1", 69));
        assertThat(map.socketFor(loopback, LabService.FTP, OptionalInt.of(2121)))
                .contains(new InetSocketAddress("127.0.0.1", 2121));
    }
}
