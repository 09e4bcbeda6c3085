package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The executable jar in {@code --batch} mode: the seed workflows a user scripts through stdin. */
class BatchModeIT {
    private static final String NEW_IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";
    private static final String OLD_IMAGE = "c1900-universalk9-mz.SPA.154-3.M3.bin";
    /** The seed's second half: boot system, save, reload (confirmed), back to privileged EXEC. */
    private static final String BOOT_NEW_IMAGE = String.join(
            "\n",
            "configure terminal",
            "boot system flash:" + NEW_IMAGE,
            "exit",
            "write",
            "reload",
            "",
            "enable",
            LabReady.SECRET);

    @Test
    void tftpUpgradeWorkflowBootsTheNewImage() throws Exception {
        String transcript = JarProcess.run(
                String.join(
                        "\n",
                        "enable",
                        LabReady.SECRET,
                        "copy tftp: flash:",
                        "192.168.1.10",
                        NEW_IMAGE,
                        "",
                        BOOT_NEW_IMAGE,
                        "show version",
                        "delete flash:" + OLD_IMAGE,
                        "",
                        "",
                        "dir flash:",
                        ""),
                "--batch");

        assertThat(transcript)
                .contains("Loading " + NEW_IMAGE + " from 192.168.1.10 (via GigabitEthernet0/0): !")
                .contains("[OK - 1048576 bytes]")
                .contains("Router#reload\nProceed with reload? [confirm]")
                .contains("System image file is \"flash:" + NEW_IMAGE + "\"")
                .contains("Version 15.7(3)M8")
                .contains("Delete flash0:/" + OLD_IMAGE + "? [confirm]");
        assertThat(transcript.substring(transcript.lastIndexOf("Router#dir flash:")))
                .contains(NEW_IMAGE)
                .doesNotContain(OLD_IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ip ftp passive", "no ip ftp passive"})
    void ftpUpgradeWorkflowWithConfiguredCredentials(String dataConnectionMode) throws Exception {
        String transcript = JarProcess.run(
                String.join(
                        "\n",
                        "enable",
                        LabReady.SECRET,
                        "configure terminal",
                        "ip ftp username cisco",
                        "ip ftp password cisco",
                        dataConnectionMode,
                        "end",
                        "debug ip ftp",
                        "copy ftp: flash:",
                        "192.168.1.10",
                        NEW_IMAGE,
                        "",
                        BOOT_NEW_IMAGE,
                        "show version | include Version 15",
                        ""),
                "--batch");

        assertThat(transcript)
                .contains("Loading " + NEW_IMAGE + " ")
                .contains("[OK - 1048576/4096 bytes]")
                .contains("C1900-UNIVERSALK9-M), Version 15.7(3)M8")
                .contains(dataConnectionMode.startsWith("no") ? "FTP: ---> PORT" : "FTP: ---> PASV");
    }

    @Test
    void otherDeviceProfilesBootToTheirOwnPrompt() throws Exception {
        assertThat(JarProcess.run(
                        LabReady.ENABLE_LINES + "show version | include uptime\n", "--batch", "--device", "c2960x"))
                .contains("Switch>enable\nPassword: \nSwitch#show version | include uptime\nSwitch uptime is");
        assertThat(JarProcess.run(LabReady.ENABLE_LINES, "--batch", "--device", "isr4321"))
                .contains("Router>enable\nPassword: \nRouter#");
    }

    @Test
    void badProfileNameIsReportedWithTheBuiltInChoices() throws Exception {
        Process process = JarProcess.start("--batch", "--device", "c9999");
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).isNotZero();
        assertThat(output).contains("c9999").contains("c1941");
    }

    @Test
    void aHundredMegabyteLineOnAHeapOfSixtyFourMegabytesIsDiscardedAndTheSessionGoesOn() throws Exception {
        Process process = JarProcess.start(List.of("-Xmx64m"), "--batch", "--no-lab");
        try (var in = process.getOutputStream()) {
            in.write("show ".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 100; i++) {
                in.write(chunk);
            }
            in.write(("\n" + LabReady.ENABLE_LINES + "show version | include Version\n")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the emulator died while reading: the checks below say how
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output)
                .doesNotContain("OutOfMemoryError")
                .contains("% Input line too long (more than 4096 characters), discarded\nRouter>enable\n")
                .contains("Cisco IOS Software");
    }
}
