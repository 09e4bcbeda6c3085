package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.show.BootVariables;
import dev.iosemu.cli.commands.show.ConfigText;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden transcripts of a whole power-on, show version, show running-config and show boot (or bootvar) per
 * family, each as the CLI renders it. To refresh
 * one after a deliberate change, run with {@code -Dgolden.update=true} and review the diff.
 */
class BootTranscriptTest {
    private static String transcript(DeviceSetup setup) throws IOException {
        TestClock clock = new TestClock();
        Router router = Router.create(setup, clock, LabAddressMap.empty());
        RecordingConsole console = new RecordingConsole("no");
        router.powerOn(console.boot());
        clock.advance(Duration.ofDays(16).plusHours(18).plusMinutes(23));
        StringBuilder out = new StringBuilder(console.output());
        out.append("=== show version\n");
        TestDevices.showVersion(router).forEach(line -> out.append(line).append('\n'));
        out.append("=== show running-config\n");
        ConfigText.showRunning(router).forEach(line -> out.append(line).append('\n'));
        out.append("=== show boot\n");
        List<String> boot = router.platform().role() == Role.SWITCH
                ? BootVariables.showBoot(router)
                : BootVariables.showBootvar(router);
        boot.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path source = Path.of("src/test/resources/transcripts/device", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = BootTranscriptTest.class.getResourceAsStream("/transcripts/device/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void isrPowerOnMatchesTheGoldenTranscript() throws IOException {
        assertGolden("isr-power-on.txt", transcript(TestDevices.isr()));
    }

    @Test
    void catalystPowerOnMatchesTheGoldenTranscript() throws IOException {
        assertGolden("catalyst-power-on.txt", transcript(TestDevices.catalyst()));
    }
}
