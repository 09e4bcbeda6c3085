package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.LabNetwork;
import dev.iosemu.lab.ManualTime;
import dev.iosemu.lab.file.LabFile;
import dev.iosemu.testing.LabReady;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shipped lab's links are cables of the modelled network: pings and copies go where they lead. */
class CabledLabTest {
    private static final String IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    private final ManualTime time = new ManualTime(Instant.parse("2026-12-07T10:00:00Z"));

    private RunningLab start() throws Exception {
        RunningLab lab = RunningLab.builder(LabFile.read(Path.of("labs/ccna.yaml")))
                .network(LabNetwork.create(time))
                .clock(time)
                .consoles(false)
                .start();
        time.advance(Duration.ofSeconds(5)); // the links and line protocols come up
        return lab;
    }

    private static HeadlessSession enabled(RunningLab lab, String node) {
        HeadlessSession console = lab.device(node).openSession();
        LabReady.enable(console);
        return console;
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
