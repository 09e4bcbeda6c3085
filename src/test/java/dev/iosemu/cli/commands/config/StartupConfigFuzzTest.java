package dev.iosemu.cli.commands.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.device.BootOutcome;
import dev.iosemu.device.RecordingConsole;
import dev.iosemu.device.Router;
import dev.iosemu.device.TestClock;
import dev.iosemu.device.TestDevices;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.testing.Fuzz;
import dev.iosemu.testing.Gen;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property over startup-configs: any text made of configuration lines (cut, mutated, out of place, with
 * banners left open, noise and control characters) boots to IOS with no internal failure, and what it
 * configured, saved and replayed again, is the same configuration.
 */
class StartupConfigFuzzTest {
    private static final List<String> LINES = List.of(
            "!",
            "hostname Lab1",
            "boot-start-marker",
            "boot system flash:c1900-universalk9-mz.SPA.157-3.M8.bin",
            "boot-end-marker",
            "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
            "enable password cisco",
            "service password-encryption",
            "username admin privilege 15 secret 0 cisco",
            "username guest password 7 0822455D0A16",
            "ip domain name lab.local",
            "ip host labserver 192.168.1.10 192.168.1.11",
            "ip name-server 192.168.1.53",
            "no ip domain lookup",
            "interface GigabitEthernet0/0",
            " description uplink | to core ^C",
            " ip address 192.168.1.1 255.255.255.0",
            " no shutdown",
            "interface GigabitEthernet0/1",
            " shutdown",
            "ip route 0.0.0.0 0.0.0.0 192.168.1.254",
            "ip ftp username cisco",
            "ip ftp password 7 0822455D0A16",
            "ip tftp blocksize 8192",
            "tftp-server flash:x.bin alias y",
            "file prompt quiet",
            "banner motd ^C",
            "Authorised access only",
            "^C",
            "banner login #Hello#",
            "line con 0",
            " password 7 0822455D0A16",
            " login",
            " exec-timeout 5 0",
            "line vty 0 4",
            " login local",
            " transport input ssh telnet",
            "config-register 0x2102",
            "end");

    @Test
    void anyStartupConfigBootsAndWhatItConfiguredSurvivesASaveAndReplay() {
        Fuzz.check("startup-config", 80, random -> {
            String config = config(random);
            Router first = booted(config);
            List<String> configured = first.runningConfigText();

            Router second = booted(String.join("\n", configured) + "\n");

            assertThat(second.runningConfigText())
                    .as("replayed from:%n%s", config)
                    .isEqualTo(configured);
        });
    }

    private static Router booted(String startupConfig) throws Exception {
        Router router = Router.create(
                TestDevices.isr(TestDevices.isr().initialFiles(), Optional.of(startupConfig), 0x2102),
                new TestClock(),
                LabAddressMap.empty());
        CommandRegistry registry = new CommandRegistry();
        ConfigCommands.register(registry, router, new Random(3));
        StartupReplayer replayer = new StartupReplayer(
                registry, ConfigCommands.shellSettings(router).build());
        RecordingConsole console = new RecordingConsole("no");

        BootOutcome outcome = router.powerOn(console.boot(replayer));

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(console.output()).doesNotContain("internal failure");
        return router;
    }

    private static String config(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < random.nextInt(40); i++) {
            String line =
                    switch (random.nextInt(10)) {
                        case 0 -> Gen.noise(random, random.nextInt(30));
                        case 1, 2 -> Gen.line(random, LINES);
                        default -> Gen.pick(random, LINES);
                    };
            text.append(line.replace('\n', ' ').replace('\r', ' ')).append('\n');
        }
        return text.toString();
    }
}
