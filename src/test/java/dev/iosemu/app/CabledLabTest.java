package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.ManualTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shipped lab's links are cables of the modelled network: pings and copies go where they lead. */
class CabledLabTest {
    private static final String IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    private final ManualTime time = new ManualTime(Instant.parse("2026-12-07T10:00:00Z"));

    private RunningLab start() throws Exception {
        return ShippedLab.start(time);
    }

    private static HeadlessSession enabled(RunningLab lab, String node) {
        return ShippedLab.enabled(lab, node);
    }

    @Test
    void pingsCrossTheSwitchToTheOtherRouterAndTheLabServerButFindNoAbsentAddress() throws Exception {
        try (RunningLab lab = start()) {
            HeadlessSession r1 = enabled(lab, "r1");

            assertThat(r1.exec("ping 192.168.1.2")).contains("Success rate is 80 percent (4/5)"); // one lost to ARP
            assertThat(r1.exec("ping 192.168.1.10")).contains("Success rate is 80 percent (4/5)");
            assertThat(r1.exec("ping 192.168.1.99")).contains("Success rate is 0 percent (0/5)");
            assertThat(enabled(lab, "sw1").exec("show interfaces status"))
                    .containsPattern("Gi1/0/1 +to R1 |Gi1/0/1 .*connected")
                    .containsPattern("Gi1/0/5 .*notconnect");
        }
    }

    @Test
    void aRouterCopiesAnImageFromTheLabServerThroughTheSwitch() throws Exception {
        try (RunningLab lab = start()) {
            HeadlessSession r2 = enabled(lab, "r2");

            String copy = r2.exec("copy tftp://192.168.1.10/" + IMAGE + " flash:", "");

            assertThat(copy).contains("[OK - ").contains("(via GigabitEthernet0/0)");
        }
    }
}
