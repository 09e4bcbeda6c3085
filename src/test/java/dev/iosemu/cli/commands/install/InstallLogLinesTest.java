package dev.iosemu.cli.commands.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.ExecFixture;
import org.junit.jupiter.api.Test;

/** The %INSTALL log lines go where log lines go: the console with console logging, not a session without. */
class InstallLogLinesTest {
    private static final String NEW = "isr4300-universalk9.17.09.04a.SPA.bin";

    @Test
    void theConsoleShowsTheStartAndCompletionLogsAroundTheOperation() throws Exception {
        ExecFixture fixture = ExecFixture.enabled("isr4321");
        fixture.placeImage(NEW, "bootflash:");

        String out = fixture.exec("install add file bootflash:" + NEW);

        assertThat(out)
                .startsWith(
                        "\n*Mar  1 00:00:00.000: %INSTALL-5-INSTALL_START_INFO: R0/0: install_mgr: Started install add "
                                + "bootflash:" + NEW + "install_add: START Mon Mar 01 00:00:00 UTC 1993\n")
                .endsWith("UTC 1993\n\nRouter#\n*Mar  1 00:00:00.000: %INSTALL-5-INSTALL_COMPLETED_INFO: R0/0: "
                        + "install_mgr: Completed install add bootflash:/" + NEW + "\n");
    }

    @Test
    void withoutConsoleLoggingTheOperationPrintsOnlyItsOwnLines() throws Exception {
        ExecFixture fixture = ExecFixture.enabled("isr4321");
        fixture.placeImage(NEW, "bootflash:");
        fixture.exec("configure terminal");
        fixture.exec("no logging console");
        fixture.exec("end");

        String out = fixture.exec("install add file bootflash:" + NEW);

        assertThat(out)
                .startsWith("install_add: START Mon Mar 01 00:00:00 UTC 1993\ninstall_add: Adding IMG\n")
                .endsWith("\nSUCCESS: install_add /bootflash/" + NEW + " Mon Mar 01 00:00:00 UTC 1993\n")
                .doesNotContain("%INSTALL");
    }
}
