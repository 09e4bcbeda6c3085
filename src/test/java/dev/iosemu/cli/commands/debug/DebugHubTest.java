package dev.iosemu.cli.commands.debug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugHubTest {
    private final DebugHub hub = new DebugHub();
    private final List<String> inline = new ArrayList<>();
    private final List<String> consoleAsync = new ArrayList<>();
    private final List<String> vtyAsync = new ArrayList<>();

    @Test
    void linesGoInlineToTheTransferringSessionAndAsyncToOthers() {
        hub.enable("console", DebugFlag.TFTP_EVENTS, consoleAsync::add);
        hub.enable("vty", DebugFlag.TFTP_EVENTS, vtyAsync::add);

        hub.emit(DebugFlag.TFTP_EVENTS, "console", inline::add, "TFTP: x");

        assertThat(inline).containsExactly("TFTP: x");
        assertThat(consoleAsync).isEmpty();
        assertThat(vtyAsync).containsExactly("TFTP: x");
    }

    @Test
    void onlySessionsWithTheFlagSeeItsLines() {
        hub.enable("console", DebugFlag.IP_FTP, consoleAsync::add);

        hub.emit(DebugFlag.TFTP_PACKETS, "vty", inline::add, "TFTP: Sent RRQ");

        assertThat(inline).isEmpty();
        assertThat(consoleAsync).isEmpty();
        assertThat(hub.isOn(DebugFlag.TFTP_PACKETS)).isFalse();
    }

    @Test
    void undebugAllSilencesEverySession() {
        hub.enable("console", DebugFlag.IP_FTP, consoleAsync::add);
        hub.enable("vty", DebugFlag.TFTP_EVENTS, vtyAsync::add);

        hub.disableAll();

        assertThat(hub.isOn(DebugFlag.IP_FTP)).isFalse();
        assertThat(hub.isOn(DebugFlag.TFTP_EVENTS)).isFalse();
    }

    @Test
    void disablingOneFlagKeepsTheOthers() {
        hub.enable("console", DebugFlag.IP_FTP, consoleAsync::add);
        hub.enable("console", DebugFlag.TFTP_EVENTS, consoleAsync::add);

        hub.disable("console", DebugFlag.IP_FTP);

        assertThat(hub.isOn("console", DebugFlag.IP_FTP)).isFalse();
        assertThat(hub.isOn("console", DebugFlag.TFTP_EVENTS)).isTrue();
    }

    @Test
    void closingASubscriptionForgetsTheSessionAndAllItsFlags() {
        DebugHub.Subscription console = hub.enable("console", DebugFlag.IP_FTP, consoleAsync::add);
        hub.enable("console", DebugFlag.TFTP_EVENTS, consoleAsync::add);
        hub.enable("vty", DebugFlag.TFTP_EVENTS, vtyAsync::add);

        console.close();
        console.close();
        hub.emit(DebugFlag.TFTP_EVENTS, "vty", inline::add, "TFTP: x");

        assertThat(hub.subscribers()).isEqualTo(1);
        assertThat(hub.isOn(DebugFlag.IP_FTP)).isFalse();
        assertThat(consoleAsync).isEmpty();
        assertThat(inline).containsExactly("TFTP: x");
    }

    @Test
    void aFlagIsOnWhileAnySessionHasIt() {
        DebugHub.Subscription console = hub.enable("console", DebugFlag.TFTP_PACKETS, consoleAsync::add);
        hub.enable("vty", DebugFlag.TFTP_PACKETS, vtyAsync::add);

        hub.disable("vty", DebugFlag.TFTP_PACKETS);
        boolean afterVty = hub.isOn(DebugFlag.TFTP_PACKETS);
        console.close();

        assertThat(afterVty).isTrue();
        assertThat(hub.isOn(DebugFlag.TFTP_PACKETS)).isFalse();
    }
}
