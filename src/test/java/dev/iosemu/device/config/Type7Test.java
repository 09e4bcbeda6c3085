package dev.iosemu.device.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Type7Test {
    @ParameterizedTest
    @CsvSource({"0822455D0A16, cisco", "070C285F4D06, cisco", "02050D480809, cisco", "094F471A1A0A, cisco"})
    void publishedVectorsDecode(String encoded, String plain) {
        assertThat(Type7.decode(encoded)).isEqualTo(plain);
    }

    @Test
    void encodingWithSeedEightGivesTheFamousString() {
        assertThat(Type7.encode("cisco", 8)).isEqualTo("0822455D0A16");
    }

    @Test
    void everySeedRoundTrips() {
        for (int seed = 0; seed <= 15; seed++) {
            String encoded = Type7.encode("Lab-Pass_42!", seed);
            assertThat(Type7.isEncoded(encoded)).isTrue();
            assertThat(Type7.decode(encoded)).isEqualTo("Lab-Pass_42!");
        }
    }

    @Test
    void theSamePasswordAlwaysEncodesTheSameWay() {
        assertThat(Type7.encode("secret")).isEqualTo(Type7.encode("secret"));
    }

    @Test
    void malformedInputIsRejected() {
        assertThat(Type7.isEncoded("99ABCD")).isFalse();
        assertThat(Type7.isEncoded("08ZZ")).isFalse();
        assertThatThrownBy(() -> Type7.decode("0822455D0A1")).isInstanceOf(IllegalArgumentException.class);
    }
}
