package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.BootPacing;
import dev.iosemu.testing.LabReady;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several sessions on one device at once, each on its own thread as consoles and vty lines run: the device
 * state they share, and what one session's actions do to the others.
 */
class TwoSessionsIT {
    private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    private VirtualDevice device;

    @AfterEach
    void closeDevice() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    private VirtualDevice boot(VirtualDevice.Builder builder) throws Exception {
        device = builder.clock(MARCH_FIRST).build();
        device.powerOn();
        return device;
    }

    /** Boot pacing that, once closed, holds a boot at its first pause until opened again. */
    private static final class GatedPacing implements BootPacing {
        private final CountDownLatch waiting = new CountDownLatch(1);
        private volatile CountDownLatch gate;

        void close() {
            gate = new CountDownLatch(1);
        }

        void open() {
            gate.countDown();
        }

        void awaitBootWaiting() throws InterruptedException {
            assertThat(waiting.await(20, TimeUnit.SECONDS))
                    .as("a boot reached the gate")
                    .isTrue();
        }

        @Override
        public void pause(Duration stage) {
            CountDownLatch current = gate;
            if (current != null) {
                waiting.countDown();
                try {
                    current.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private LiveConsole open(String name) {
        LiveConsole console = new LiveConsole();
        console.start(device.openSession(console), name);
        console.awaitPrompt("Router>");
        return console;
    }

    @Test
    void configurationTypedInOneSessionIsSeenByTheOtherAtOnce() throws Exception {
        boot(VirtualDevice.builder().labServers(false));
        LiveConsole a = open("a");
        LiveConsole b = open("b");

        a.type(
                "enable",
                LabReady.SECRET,
                "configure terminal",
                "hostname Edge",
                "interface gi0/1",
                "description uplink",
                "end");
        a.awaitPrompt("Edge#");
        b.type("enable", LabReady.SECRET);
        b.awaitPrompt("Edge#");
        b.type("show running-config | include hostname|description");
        b.awaitText(0, " description uplink\n");

        assertThat(b.transcript())
                .contains("Router>enable\nPassword: \nEdge#show running-config")
                .contains("hostname Edge\n description uplink\n");
    }

    @Test
    void aSecondReloadIsRefusedWhileTheFirstStillBoots() throws Exception {
        GatedPacing pacing = new GatedPacing();
        boot(VirtualDevice.builder().labServers(false).bootPacing(pacing));
        LiveConsole a = open("a");
        LiveConsole b = open("b");
        b.type("enable", LabReady.SECRET);
        b.awaitPrompt("Router#");
        pacing.close();

        a.type("enable", LabReady.SECRET, "reload", "");
        pacing.awaitBootWaiting();
        b.type("reload");
        int refused = b.awaitText(0, "Router#reload\n% A reload is already in progress\n");
        b.awaitPrompt("Router#");
        pacing.open();
        a.awaitText(0, "Press RETURN to get started!");
        a.awaitPrompt("Router>");
        b.type("show version | include Last reload reason");

        b.awaitText(refused, "Last reload reason: Reload Command\n");
        assertThat(a.transcript()).containsOnlyOnce("%SYS-5-RELOAD: Reload requested by console.");
        assertThat(b.transcript()).doesNotContain("%SYS-5-RELOAD").doesNotContain("Proceed with reload?");
    }

    @Test
    void aSessionThatTurnedDebugOnAndClosedHearsNoMoreAndTheOtherKeepsWorking() throws Exception {
        boot(VirtualDevice.builder());
        LiveConsole a = open("a");
        LiveConsole b = open("b");
        a.type("enable", LabReady.SECRET, "debug tftp events", "exit");
        a.awaitEnd();
        String closedTranscript = a.transcript();
        b.type("enable", LabReady.SECRET);
        b.awaitPrompt("Router#");

        b.type("copy tftp://192.168.1.10/" + IMAGE + " flash:b.bin", "");
        b.awaitText(0, "[OK - 1048576 bytes]");
        b.awaitPrompt("Router#");

        assertThat(closedTranscript).contains("TFTP Event debugging is on");
        assertThat(a.transcript()).as("nothing reaches a closed session").isEqualTo(closedTranscript);
        assertThat(b.transcript()).doesNotContain("TFTP:");
    }

    @Test
    void twoCopiesIntoOneFlashAtOnceBothLandWhole() throws Exception {
        boot(VirtualDevice.builder());
        LiveConsole a = open("a");
        LiveConsole b = open("b");
        a.type("enable", LabReady.SECRET);
        b.type("enable", LabReady.SECRET);
        a.awaitPrompt("Router#");
        b.awaitPrompt("Router#");

        a.type("copy tftp://192.168.1.10/" + IMAGE + " flash:a.bin", "");
        b.type("copy tftp://192.168.1.10/" + IMAGE + " flash:b.bin", "");
        a.awaitText(0, "[OK - 1048576 bytes]");
        b.awaitText(0, "[OK - 1048576 bytes]");
        a.awaitPrompt("Router#");
        b.awaitPrompt("Router#");

        byte[] expected = Files.readAllBytes(Path.of("images", IMAGE));
        var flash = device.router().fileSystems().find("flash:").orElseThrow();
        assertThat(Files.readAllBytes(flash.path("/a.bin"))).isEqualTo(expected);
        assertThat(Files.readAllBytes(flash.path("/b.bin"))).isEqualTo(expected);
    }
}
