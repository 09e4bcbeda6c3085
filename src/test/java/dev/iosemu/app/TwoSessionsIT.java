package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

        a.type("enable", "configure terminal", "hostname Edge", "interface gi0/1", "description uplink", "end");
        a.awaitPrompt("Edge#");
        b.type("enable");
        b.awaitPrompt("Edge#");
        b.type("show running-config | include hostname|description");
        b.awaitText(0, " description uplink\n");

        assertThat(b.transcript())
                .contains("Router>enable\nEdge#show running-config")
                .contains("hostname Edge\n description uplink\n");
    }

    @Test
    void twoCopiesIntoOneFlashAtOnceBothLandWhole() throws Exception {
        boot(VirtualDevice.builder());
        LiveConsole a = open("a");
        LiveConsole b = open("b");
        a.type("enable");
        b.type("enable");
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
