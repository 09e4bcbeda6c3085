package dev.iosemu.device.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EnableSecretTest {
    @Test
    void md5CryptMatchesTheWellKnownCiscoExample() {
        assertThat(EnableSecret.fromPlain("cisco", "mERr").hash()).isEqualTo("$1$mERr$hx5rVt7rPNoS4wqbXKX7m0");
    }

    @Test
    void eightCharacterSaltMatchesOpenssl() {
        assertThat(EnableSecret.fromPlain("class", "abcdefgh").hash()).isEqualTo("$1$abcdefgh$Bed38C4GoC5jJ8E1sg68f.");
    }

    @Test
    void aFreshSecretMatchesOnlyItsClearText() {
        EnableSecret secret = EnableSecret.fromPlain("class", new Random(1));

        assertThat(secret.matches("class")).isTrue();
        assertThat(secret.matches("Class")).isFalse();
    }

    @Test
    void somethingThatIsNotAType5HashIsRefused() {
        assertThatThrownBy(() -> new EnableSecret("$1$abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
