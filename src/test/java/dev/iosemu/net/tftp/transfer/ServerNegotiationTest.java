package dev.iosemu.net.tftp.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.tftp.transfer.ServerNegotiation.Limits;
import dev.iosemu.net.tftp.transfer.ServerNegotiation.Offer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ServerNegotiationTest {
    private final Limits limits = new Limits(8192, 32, 1_000_000_000L, 10_000_000_000L, 5);

    private static Map<String, String> options(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void noOptionsMeansNoOptionAckAndClassicSettings() {
        Offer offer = ServerNegotiation.negotiate(Map.of(), limits, true, OptionalLong.of(5));
        assertThat(offer.oack()).isEmpty();
        assertThat(offer.settings().blockSize()).isEqualTo(512);
        assertThat(offer.settings().windowSize()).isEqualTo(1);
    }

    @Test
    void acceptsKnownOptionsAndReportsTheFileSize() {
        Offer offer = ServerNegotiation.negotiate(
                options("blksize", "1468", "tsize", "0", "timeout", "3", "windowsize", "4"),
                limits,
                true,
                OptionalLong.of(12345));
        assertThat(offer.oack())
                .containsExactly(
                        Map.entry("blksize", "1468"),
                        Map.entry("tsize", "12345"),
                        Map.entry("timeout", "3"),
                        Map.entry("windowsize", "4"));
        assertThat(offer.settings()).isEqualTo(new TransferSettings(1468, 4, 3_000_000_000L, 5));
    }

    @Test
    void timeoutBeyondTheServersLimitIsNotGrantedSoASilentPeerCannotHoldASlotForLong() {
        Offer offer =
                ServerNegotiation.negotiate(options("timeout", "255", "tsize", "0"), limits, true, OptionalLong.of(9));

        assertThat(offer.oack()).containsExactly(Map.entry("tsize", "9"));
        assertThat(offer.settings().timeoutNanos()).isEqualTo(1_000_000_000L);
    }

    @Test
    void lowersBlockAndWindowSizesToTheLimits() {
        Offer offer = ServerNegotiation.negotiate(
                options("blksize", "65464", "windowsize", "1000"), limits, false, OptionalLong.empty());
        assertThat(offer.oack()).containsEntry("blksize", "8192").containsEntry("windowsize", "32");
    }

    @Test
    void receiveFootprintMatchesWhatLinuxChargesOnLoopback() {
        assertThat(ServerNegotiation.receiveFootprint(512)).isEqualTo(1280);
        assertThat(ServerNegotiation.receiveFootprint(1468)).isEqualTo(2304);
        assertThat(ServerNegotiation.receiveFootprint(8192)).isEqualTo(16640);
        assertThat(ServerNegotiation.receiveFootprint(16384)).isEqualTo(17220);
        assertThat(ServerNegotiation.receiveFootprint(65464)).isEqualTo(66300);
    }

    @Test
    void readWindowIsLoweredToFitADefaultReceiveBuffer() {
        Limits generous = new Limits(65464, 64, 1_000_000_000L, 10_000_000_000L, 5);
        assertThat(ServerNegotiation.negotiate(
                                options("windowsize", "16", "blksize", "8192"), generous, true, OptionalLong.empty())
                        .settings()
                        .windowSize())
                .isEqualTo(12);
        assertThat(ServerNegotiation.negotiate(
                                options("blksize", "65464", "windowsize", "16"), generous, true, OptionalLong.empty())
                        .oack())
                .containsEntry("windowsize", "3");
        assertThat(ServerNegotiation.negotiate(
                                options("blksize", "512", "windowsize", "16"), generous, true, OptionalLong.empty())
                        .oack())
                .containsEntry("windowsize", "16");
        assertThat(ServerNegotiation.negotiate(
                                options("blksize", "8192", "windowsize", "16"), generous, false, OptionalLong.empty())
                        .oack())
                .containsEntry("windowsize", "16");
    }

    @Test
    void ignoresUnknownAndInvalidOptions() {
        Offer offer = ServerNegotiation.negotiate(
                options("multicast", "", "blksize", "7", "timeout", "0", "windowsize", "x"),
                limits,
                true,
                OptionalLong.empty());
        assertThat(offer.oack()).isEmpty();
    }

    @Test
    void writeRequestSizeIsEchoedAndPassedOn() {
        Offer offer = ServerNegotiation.negotiate(options("tsize", "777"), limits, false, OptionalLong.empty());
        assertThat(offer.oack()).containsEntry("tsize", "777");
        assertThat(offer.clientSize()).hasValue(777);
    }

    @Test
    void transferSizeIsNotReportedWhenUnknown() {
        Offer offer = ServerNegotiation.negotiate(options("tsize", "0"), limits, true, OptionalLong.empty());
        assertThat(offer.oack()).isEmpty();
    }
}
