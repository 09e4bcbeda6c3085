package dev.iosemu.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4AddressTest {
    @Test
    void dottedQuadRoundTrips() {
        assertThat(Ipv4Address.parse("192.168.1.254").toString()).isEqualTo("192.168.1.254");
        assertThat(Ipv4Address.parse("255.255.255.0").prefixLength()).isEqualTo(24);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "a.b.c.d", "1..2.3", "1.2.3.-4", "1234.1.1.1"})
    void anythingButFourOctetsIsRejected(String text) {
        assertThat(Ipv4Address.tryParse(text)).isEmpty();
    }

    @Test
    void contiguousMasksAreRecognised() {
        assertThat(Ipv4Address.parse("255.255.255.0").isContiguousMask()).isTrue();
        assertThat(Ipv4Address.parse("0.0.0.0").isContiguousMask()).isTrue();
        assertThat(Ipv4Address.parse("255.0.255.0").isContiguousMask()).isFalse();
    }
}
