package dev.iosemu.net.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SshServerConfigTest {
    private static final SshHostKey KEY = SshHostKey.generatedOnFirstUse(2048);
    private static final SshAuthenticator NOBODY = (user, password, peer) -> false;

    @Test
    void defaultsAreLoopbackAFreePortAndIosLimitsAndVersion() {
        SshServerConfig config = SshServerConfig.builder(KEY, NOBODY).build();

        assertThat(config.bindAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(config.port()).isZero();
        assertThat(config.authLimits()).isEqualTo(new SshAuthLimits(Duration.ofSeconds(120), 3));
        assertThat(config.softwareVersion()).isEqualTo("Cisco-1.25");
        assertThat(KEY.isGenerated()).as("building a config makes no key").isFalse();
    }

    @Test
    void badValuesAreRefusedWithTheValueInTheMessage() {
        SshServerConfig.Builder builder = SshServerConfig.builder(KEY, NOBODY);
        assertThatThrownBy(() -> builder.port(65536)).hasMessageContaining("65536");
        assertThatThrownBy(() -> builder.softwareVersion("Cisco 1.25")).hasMessageContaining("Cisco 1.25");
        assertThatThrownBy(() -> new SshAuthLimits(Duration.ZERO, 3)).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> new SshAuthLimits(Duration.ofSeconds(5), -1)).hasMessageContaining("-1");
    }

    @Test
    void retriesCountTheFailuresAllowedAndZeroStillAllowsOneTry() {
        assertThat(new SshAuthLimits(Duration.ofSeconds(5), 3).failuresAllowed())
                .isEqualTo(3);
        assertThat(new SshAuthLimits(Duration.ofSeconds(5), 0).failuresAllowed())
                .isEqualTo(1);
    }

    @Test
    void offeredAlgorithmsLeadWithModernOnesAndKeepSha1Last() {
        SshAlgorithms offered = SshAlgorithms.OFFERED;

        assertThat(offered.keyExchanges()).first().isEqualTo("curve25519-sha256");
        assertThat(offered.keyExchanges()).last().isEqualTo("diffie-hellman-group14-sha1");
        assertThat(offered.hostKeys()).containsExactly("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa");
        assertThat(offered.ciphers()).contains("aes128-ctr", "aes256-ctr").doesNotContain("aes128-cbc");
        assertThat(offered.macs()).first().isEqualTo("hmac-sha2-256-etm@openssh.com");
    }
}
