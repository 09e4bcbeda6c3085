package dev.iosemu.cli.commands.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.ExecFixture;
import org.junit.jupiter.api.Test;

class LoggingCommandsTest {
    @Test
    void noLoggingConsoleSilencesTheConsoleAndShowsInTheConfiguration() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.exec("configure terminal");
        device.exec("no logging console");
        String leaving = device.exec("end");

        assertThat(leaving).doesNotContain("%SYS-5-CONFIG_I");
        assertThat(device.exec("show running-config")).contains("boot-end-marker\n!\nno logging console\n");
        assertThat(device.exec("show logging")).contains("    Console logging: disabled\n");

        device.exec("configure terminal");
        device.exec("logging console");
        assertThat(device.exec("end")).contains("%SYS-5-CONFIG_I: Configured from console by console");
        assertThat(device.exec("show running-config")).doesNotContain("logging console");
    }

    @Test
    void aBufferKeepsTheMessagesShowLoggingLists() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.exec("configure terminal");
        device.exec("logging buffered 8192");
        device.exec("end");

        assertThat(device.exec("show running-config")).contains("\nlogging buffered 8192\n");
        assertThat(device.exec("show logging"))
                .contains("    Buffer logging:  level debugging, 1 messages logged, xml disabled,\n")
                .contains("Log Buffer (8192 bytes):\n\n")
                .endsWith("%SYS-5-CONFIG_I: Configured from console by console\n");

        device.exec("configure terminal");
        device.exec("no logging buffered");
        device.exec("end");
        assertThat(device.exec("show logging"))
                .contains("    Buffer logging:  disabled")
                .doesNotContain("Log Buffer");
    }

    @Test
    void loggingAloneIsIncompleteAndAHostIsAnAddress() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.exec("configure terminal");

        assertThat(device.exec("logging")).isEqualTo("% Incomplete command.\n\n");
        // the caret under the first character of the address: "0255" is no octet and no name
        assertThat(device.exec("logging 0255.255.1"))
                .isEqualTo(" ".repeat("Router(config)#logging ".length()) + "^\n"
                        + "% Invalid input detected at '^' marker.\n\n");
        assertThat(device.exec("show running-config")).doesNotContain("logging");
    }
}
