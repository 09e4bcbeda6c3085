package dev.iosemu.net.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.telnet.TelnetInput.Command;
import dev.iosemu.net.telnet.TelnetInput.Data;
import dev.iosemu.net.telnet.TelnetInput.Negotiation;
import dev.iosemu.net.telnet.TelnetInput.Subnegotiation;
import dev.iosemu.net.terminal.WindowSize;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TelnetDecoderTest {
    private static final HexFormat HEX = HexFormat.of();

    private final TelnetDecoder decoder = new TelnetDecoder();

    /** Decodes each hex string as one read, returning everything the reads completed. */
    private List<TelnetInput> decode(String... reads) {
        List<TelnetInput> inputs = new ArrayList<>();
        for (String read : reads) {
            byte[] bytes = HEX.parseHex(read);
            inputs.addAll(decoder.decode(bytes, 0, bytes.length));
        }
        return inputs;
    }

    private static Data data(String hex) {
        return new Data(HEX.parseHex(hex));
    }

    @Test
    void plainKeystrokesPassAsOneRun() {
        assertThat(decode("73686f77")).containsExactly(data("73686f77"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        // CR LF, CR NUL, CR and LF are each one Enter; CR LF and CR NUL become a single CR
        "610d0a62, 610d62",
        "610d0062, 610d62",
        "610d62, 610d62",
        "610a62, 610a62",
        // two Enters stay two
        "0d0a0d0a, 0d0d",
        // a NUL on its own is dropped
        "61006200, 6162",
    })
    void eachNewlineFormIsOneEnterAndNulsAreDropped(String wire, String keystrokes) {
        assertThat(decode(wire)).containsExactly(data(keystrokes));
    }

    @Test
    void aNewlineCutBetweenTwoReadsIsStillOneEnter() {
        assertThat(decode("780d", "0a79")).containsExactly(data("780d"), data("79"));
    }

    @Test
    void doubledIacIsTheByte0xff() {
        assertThat(decode("61ffff62")).containsExactly(data("61ff62"));
    }

    @Test
    void negotiationsAreDecodedInOrderBetweenKeystrokes() {
        // "a" IAC DO ECHO "b" IAC WONT NAWS
        assertThat(decode("61fffd0162fffc1f"))
                .containsExactly(
                        data("61"),
                        new Negotiation(TelnetCommand.DO, 1),
                        data("62"),
                        new Negotiation(TelnetCommand.WONT, 31));
    }

    @Test
    void aNegotiationCutAfterEveryByteIsDecodedOnce() {
        assertThat(decode("ff", "fb", "18")).containsExactly(new Negotiation(TelnetCommand.WILL, 24));
    }

    @Test
    void interruptAndBreakAreCommandsAndCtrlCIsAKeystroke() {
        assertThat(decode("03fff4fff3"))
                .containsExactly(
                        data("03"), new Command(TelnetCommand.INTERRUPT_PROCESS), new Command(TelnetCommand.BREAK));
    }

    @Test
    void windowSizeReportCarriesWidthAndHeight() {
        // IAC SB NAWS 0 132 0 50 IAC SE
        List<TelnetInput> inputs = decode("fffa1f00840032fff0");
        assertThat(inputs).containsExactly(new Subnegotiation(31, HEX.parseHex("00840032")));
        assertThat(((Subnegotiation) inputs.get(0)).windowSize()).contains(new WindowSize(132, 50));
    }

    @Test
    void aWidthOf255IsSentDoubledInsideTheSubnegotiation() {
        // width 255 = 00 ff ff (escaped), height 24
        Subnegotiation sub = (Subnegotiation) decode("fffa1f00ffff0018fff0").get(0);
        assertThat(sub.windowSize()).contains(new WindowSize(255, 24));
    }

    @Test
    void anUnknownWindowDimensionKeepsTheDefault() {
        Subnegotiation sub = (Subnegotiation) decode("fffa1f00000000fff0").get(0);
        assertThat(sub.windowSize()).contains(WindowSize.DEFAULT);
    }

    @Test
    void terminalTypeIsLowerCased() {
        // IAC SB TTYPE IS "XTERM-256COLOR" IAC SE
        Subnegotiation sub = (Subnegotiation) decode("fffa1800" + HEX.formatHex("XTERM-256COLOR".getBytes()) + "fff0")
                .get(0);
        assertThat(sub.terminalType()).contains("xterm-256color");
        assertThat(sub.windowSize()).isEmpty();
    }

    @Test
    void anOverlongSubnegotiationIsCutAtTheLimit() {
        String payload = "41".repeat(TelnetDecoder.MAX_SUBNEGOTIATION + 100);
        Subnegotiation sub =
                (Subnegotiation) decode("fffa1800" + payload + "fff0").get(0);
        assertThat(sub.payload()).hasSize(TelnetDecoder.MAX_SUBNEGOTIATION);
    }

    @Test
    void aSubnegotiationWithoutSeEndsAtTheNextCommand() {
        assertThat(decode("fffa1f00500018fffd0161"))
                .containsExactly(
                        new Subnegotiation(31, HEX.parseHex("00500018")),
                        new Negotiation(TelnetCommand.DO, 1),
                        data("61"));
    }

    @Test
    void bytesThatAreNoCommandAfterIacAndAStraySeAreIgnored() {
        assertThat(decode("61ff0562fff063")).containsExactly(data("616263"));
    }
}
