package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.net.ProtocolCommandEvent;
import org.junit.jupiter.api.Test;

class ControlTraceTest {
    private final RecordingListener listener = new RecordingListener();
    private final ControlTrace trace = new ControlTrace();

    @Test
    void commandsLoseTheirLineEnd() {
        trace.listenWith(listener);
        trace.protocolCommandSent(new ProtocolCommandEvent(this, "USER", "USER cisco\r\n"));
        assertThat(listener.trace).containsExactly("FTP: ---> USER cisco");
    }

    @Test
    void passwordIsMaskedWhateverItsCase() {
        trace.listenWith(listener);
        trace.protocolCommandSent(new ProtocolCommandEvent(this, "PASS", "PASS s3cret\r\n"));
        trace.protocolCommandSent(new ProtocolCommandEvent(this, "pass", "pass s3cret\r\n"));
        assertThat(listener.trace).containsExactly("FTP: ---> PASS *", "FTP: ---> PASS *");
    }

    @Test
    void repliesCarryCodeAndTextSeparately() {
        trace.listenWith(listener);
        trace.protocolReplyReceived(new ProtocolCommandEvent(this, 331, "331 Password required\r\n"));
        assertThat(listener.trace).containsExactly("FTP: 331 Password required");
    }

    @Test
    void multiLineReplyTextDropsEachLinesCode() {
        assertThat(ControlTrace.replyText("230-Welcome\r\n plain line\r\n230 Login successful.\r\n"))
                .isEqualTo("Welcome\n plain line\nLogin successful.");
        assertThat(ControlTrace.replyText("226\r\n")).isEmpty();
    }

    @Test
    void noListenerMeansNothingHappens() {
        trace.listenWith(null);
        trace.protocolCommandSent(new ProtocolCommandEvent(this, "USER", "USER cisco\r\n"));
        assertThat(listener.trace).isEmpty();
    }
}
