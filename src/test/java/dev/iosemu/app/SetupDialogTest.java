package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The System Configuration Dialog, on demand ({@code setup}) and at a boot with no startup-config. */
class SetupDialogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    /** Basic management setup of R1 with Gi0/0 at 10.1.1.1/24; the selection is left to each test. */
    private static final String[] BASIC = {
        "yes",
        "R1",
        "secret1",
        "secret1",
        "class",
        "vtypass",
        "Gi0/0",
        "GigabitEthernet0/0",
        "y",
        "10.1.1.1",
        "255.255.255.0"
    };

    private VirtualDevice device;
    private HeadlessSession console;

    @BeforeEach
    void enabledRouter() throws Exception {
        device = VirtualDevice.builder().labServers(false).clock(CLOCK).build();
        device.powerOn();
        console = device.openSession();
        LabReady.enable(console);
    }

    @AfterEach
    void close() throws Exception {
        device.close();
    }

    @Test
    void basicSetupShowsItsScriptThenAppliesAndSavesIt() {
        String out = console.exec("setup", answers("yes", BASIC, "2"));

        assertThat(out)
                .contains("Continue with configuration dialog? [yes/no]: yes")
                .contains("% Please choose a password that is different from the enable secret")
                .contains("Current interface summary")
                .contains("% Invalid interface name")
                .contains("    Class A network is 10.0.0.0, 24 subnet bits; mask is /24")
                .contains("The following configuration command script was created:\n\nhostname R1\nenable secret 5 $1$")
                .contains("interface GigabitEthernet0/0\nno shutdown\nip address 10.1.1.1 255.255.255.0\n")
                .contains("interface GigabitEthernet0/1\nshutdown\nno ip address\n")
                .endsWith("Enter your selection [2]: 2\nBuilding configuration...\n[OK]\n"
                        + "Use the enabled mode 'configure' command to modify this configuration.\n\n")
                .doesNotContain("% Invalid input");
        assertThat(device.router().runningConfig().hostname()).isEqualTo("R1");
        assertThat(console.exec("show running-config | include ip address|enable|password"))
                .contains(" ip address 10.1.1.1 255.255.255.0")
                .contains("enable password class")
                .contains(" password vtypass");
        assertThat(console.exec("show startup-config | include hostname")).isEqualTo("hostname R1\n");
    }

    @Test
    void selectionZeroLeavesTheConfigurationAsItWas() {
        String out = console.exec("setup", answers("yes", BASIC, "0"));

        assertThat(out).endsWith("Enter your selection [2]: 0\n");
        assertThat(device.router().runningConfig().hostname()).isEqualTo("Router");
    }

    @Test
    void theEndOfInputAbortsWithNothingChanged() {
        String transcript = device.runScript(LabReady.ENABLE_LINES + "setup\nyes\nyes\nR1\n");

        assertThat(transcript).contains("Configuration aborted, no changes made.");
        assertThat(device.router().runningConfig().hostname()).isEqualTo("Router");
    }

    @Test
    void aBootWithoutStartupConfigOffersTheDialog() {
        String transcript = device.runScript(String.join(
                "\n",
                "enable",
                LabReady.SECRET,
                "write erase",
                "",
                "reload",
                "no",
                "",
                "yes",
                String.join("\n", BASIC),
                "2",
                "enable",
                "secret1", // the dialog's enable secret now guards enable
                "show startup-config | include hostname",
                ""));

        assertThat(transcript)
                .contains("         --- System Configuration Dialog ---\n\n"
                        + "Would you like to enter the initial configuration dialog? [yes/no]: yes\n")
                .contains("Use the enabled mode 'configure' command to modify this configuration.")
                .contains("R1#show startup-config | include hostname\nhostname R1\n");
    }

    private static String[] answers(String first, String[] middle, String last) {
        String[] all = new String[middle.length + 2];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        all[all.length - 1] = last;
        return all;
    }
}
