package dev.iosemu.net.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TelnetEncoderTest {
    private static final HexFormat HEX = HexFormat.of();

    private final TelnetEncoder encoder = new TelnetEncoder();

    private String encode(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        return HEX.formatHex(encoder.encode(bytes, 0, bytes.length));
    }

    @Test
    void iacIsDoubled() {
        assertThat(encode("61ff62")).isEqualTo("61ffff62");
    }

    @Test
    void crLfIsSentAsItIs() {
        assertThat(encode("610d0a")).isEqualTo("610d0a");
        assertThat(HEX.formatHex(encoder.flush())).isEmpty();
    }

    @Test
    void aBareCrIsFollowedByNul() {
        assertThat(encode("0d52")).isEqualTo("0d0052");
    }

    @Test
    void aCrAtTheEndOfAWriteWaitsForTheNextByte() {
        assertThat(encode("610d")).isEqualTo("610d");
        assertThat(encode("0a")).isEqualTo("0a");
        assertThat(encode("0d")).isEqualTo("0d");
        assertThat(encode("62")).isEqualTo("0062");
    }

    @Test
    void flushCompletesATrailingCr() {
        assertThat(encode("0d")).isEqualTo("0d");
        assertThat(HEX.formatHex(encoder.flush())).isEqualTo("00");
        assertThat(encode("0a")).isEqualTo("0a");
    }

    @Test
    void negotiationsAndSubnegotiations() {
        assertThat(HEX.formatHex(TelnetEncoder.negotiation(TelnetCommand.WILL, TelnetOption.ECHO)))
                .isEqualTo("fffb01");
        assertThat(HEX.formatHex(TelnetEncoder.subnegotiation(TelnetOption.TERMINAL_TYPE, (byte) 1)))
                .isEqualTo("fffa1801fff0");
        assertThat(HEX.formatHex(TelnetEncoder.subnegotiation(TelnetOption.WINDOW_SIZE, new byte[] {0, -1, 0, 24})))
                .isEqualTo("fffa1f00ffff0018fff0");
    }
}
