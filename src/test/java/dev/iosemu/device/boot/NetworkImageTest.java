package dev.iosemu.device.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkImageTest {
    @Test
    void urlAndOldBootSystemFormsNameTheSameImage() {
        NetworkImage url = NetworkImage.of("tftp://192.168.1.10/c1900.bin").orElseThrow();

        assertThat(NetworkImage.of("tftp c1900.bin 192.168.1.10")).contains(url);
        assertThat(NetworkImage.of("tftp:c1900.bin 192.168.1.10")).contains(url);
        assertThat(url.url()).isEqualTo("tftp://192.168.1.10/c1900.bin");
    }

    @Test
    void oldFormWithoutAServerAsksTheBroadcastAddress() {
        assertThat(NetworkImage.of("tftp c1900.bin")).contains(new NetworkImage("255.255.255.255", "c1900.bin"));
    }

    @Test
    void filesOfLocalDevicesAreNoNetworkImages() {
        assertThat(NetworkImage.of("flash:c1900.bin")).isEmpty();
        assertThat(NetworkImage.of("flash0:tftp.bin")).isEmpty();
    }

    @Test
    void selectorNamesANetworkEntryByItsUrl() {
        assertThat(BootSelector.normalise("tftp c1900.bin 10.1.1.1")).isEqualTo("tftp://10.1.1.1/c1900.bin");
        assertThat(BootSelector.normalise("flash c1900.bin")).isEqualTo("flash:c1900.bin");
    }
}
