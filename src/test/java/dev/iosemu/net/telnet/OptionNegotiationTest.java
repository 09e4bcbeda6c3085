package dev.iosemu.net.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class OptionNegotiationTest {
    private static final HexFormat HEX = HexFormat.of();

    private final OptionNegotiation negotiation = new OptionNegotiation();

    private String receive(TelnetCommand verb, int option) {
        return HEX.formatHex(negotiation.receive(verb, option));
    }

    @Test
    void greetingIsWhatIosSends() {
        // WILL ECHO, WILL SUPPRESS-GO-AHEAD, DO TERMINAL-TYPE, DO NAWS
        assertThat(HEX.formatHex(negotiation.opening())).isEqualTo("fffb01" + "fffb03" + "fffd18" + "fffd1f");
        assertThat(negotiation.settled()).isFalse();
    }

    @Test
    void aClientThatAgreesIsAskedForItsTerminalTypeAndSettlesWhenItComes() {
        negotiation.opening();
        assertThat(receive(TelnetCommand.DO, TelnetOption.ECHO)).isEmpty();
        assertThat(receive(TelnetCommand.DO, TelnetOption.SUPPRESS_GO_AHEAD)).isEmpty();
        assertThat(receive(TelnetCommand.WILL, TelnetOption.TERMINAL_TYPE)).isEqualTo("fffa1801fff0");
        assertThat(receive(TelnetCommand.WILL, TelnetOption.WINDOW_SIZE)).isEmpty();
        assertThat(negotiation.settled()).isFalse();

        negotiation.terminalTypeReceived();

        assertThat(negotiation.settled()).isTrue();
        assertThat(negotiation.localEnabled(TelnetOption.ECHO)).isTrue();
        assertThat(negotiation.remoteEnabled(TelnetOption.WINDOW_SIZE)).isTrue();
    }

    @Test
    void aClientThatRefusesEverythingSettlesWithoutReplies() {
        // Python's telnetlib (netmiko's transport) answers DO with WONT and WILL with DONT
        negotiation.opening();
        assertThat(receive(TelnetCommand.DONT, TelnetOption.ECHO)).isEmpty();
        assertThat(receive(TelnetCommand.DONT, TelnetOption.SUPPRESS_GO_AHEAD)).isEmpty();
        assertThat(receive(TelnetCommand.WONT, TelnetOption.TERMINAL_TYPE)).isEmpty();
        assertThat(receive(TelnetCommand.WONT, TelnetOption.WINDOW_SIZE)).isEmpty();

        assertThat(negotiation.settled()).isTrue();
        assertThat(negotiation.localEnabled(TelnetOption.ECHO)).isFalse();
    }

    @Test
    void everyOtherOptionIsRefused() {
        assertThat(receive(TelnetCommand.DO, 0)).isEqualTo("fffc00"); // BINARY: WONT
        assertThat(receive(TelnetCommand.WILL, 34)).isEqualTo("fffe22"); // LINEMODE: DONT
        assertThat(receive(TelnetCommand.WILL, 39)).isEqualTo("fffe27"); // NEW-ENVIRON: DONT
        assertThat(receive(TelnetCommand.DONT, 0)).isEmpty(); // already off
        assertThat(receive(TelnetCommand.WONT, 34)).isEmpty();
    }

    @Test
    void aRepeatedRequestForAnEnabledOptionGetsNoReplySoNothingLoops() {
        negotiation.opening();
        receive(TelnetCommand.DO, TelnetOption.ECHO);
        assertThat(receive(TelnetCommand.DO, TelnetOption.ECHO)).isEmpty();
        receive(TelnetCommand.WILL, TelnetOption.TERMINAL_TYPE);
        assertThat(receive(TelnetCommand.WILL, TelnetOption.TERMINAL_TYPE)).isEmpty();
    }

    @Test
    void turningOffAnEnabledOptionIsAcknowledged() {
        negotiation.opening();
        receive(TelnetCommand.DO, TelnetOption.ECHO);
        receive(TelnetCommand.WILL, TelnetOption.WINDOW_SIZE);

        assertThat(receive(TelnetCommand.DONT, TelnetOption.ECHO)).isEqualTo("fffc01");
        assertThat(receive(TelnetCommand.WONT, TelnetOption.WINDOW_SIZE)).isEqualTo("fffe1f");
        assertThat(negotiation.localEnabled(TelnetOption.ECHO)).isFalse();
    }

    @Test
    void aClientMayOfferWindowSizeLaterAfterRefusingIt() {
        negotiation.opening();
        receive(TelnetCommand.WONT, TelnetOption.WINDOW_SIZE);
        assertThat(receive(TelnetCommand.WILL, TelnetOption.WINDOW_SIZE)).isEqualTo("fffd1f");
        assertThat(negotiation.remoteEnabled(TelnetOption.WINDOW_SIZE)).isTrue();
    }

    @Test
    void aClientMayAskForEchoBeforeTheGreeting() {
        assertThat(receive(TelnetCommand.DO, TelnetOption.ECHO)).isEqualTo("fffb01");
        assertThat(receive(TelnetCommand.DO, TelnetOption.SUPPRESS_GO_AHEAD)).isEqualTo("fffb03");
    }
}
