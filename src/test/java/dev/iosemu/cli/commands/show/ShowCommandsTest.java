package dev.iosemu.cli.commands.show;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.ExecFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The show and dir commands on devices built from each shipped profile, through the real parser. */
class ShowCommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"c1941", "c2960x", "isr4321"})
    void dirListsTheDefaultFileSystemWithTotalAndFreeBytes(String profile) throws Exception {
        ExecFixture device = ExecFixture.enabled(profile);
        var flash = device.router.fileSystems().defaultFileSystem();

        String out = device.exec("dir");

        assertThat(out).startsWith("Directory of " + flash.prefix() + "/\n\n");
        assertThat(out).endsWith("\n" + flash.totalBytes() + " bytes total (" + flash.freeBytes() + " bytes free)\n");
    }

    @Test
    void flashIsAnAliasSoTheNineteenFortyOneListsFlashZero() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");

        assertThat(device.exec("dir flash:")).startsWith("Directory of flash0:/\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1941", "c2960x", "isr4321"})
    void dirOfAMissingPathReportsNoSuchFile(String profile) throws Exception {
        ExecFixture device = ExecFixture.enabled(profile);
        String prefix = device.router.fileSystems().defaultFileSystem().prefix();

        assertThat(device.exec("dir flash:/x"))
                .isEqualTo("%Error opening " + prefix + "/x (No such file or directory)\n");
    }

    @Test
    void freeBytesShrinkWhenAnImageArrives() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        String before = device.exec("show file systems | include flash0:");

        device.placeImage("c1900-universalk9-mz.SPA.157-3.M8.bin", "flash:");

        String after = device.exec("show file systems | include flash0:");
        assertThat(before).isEqualTo("*    256487424     255434752      disk     rw   flash0: flash:#\n");
        assertThat(after).isEqualTo("*    256487424     254386176      disk     rw   flash0: flash:#\n");
    }

    @Test
    void showFlashUsesTheSummaryLayoutOnRoutersAndTheDirectoryLayoutOnSwitches() throws Exception {
        assertThat(ExecFixture.enabled("c1941").exec("show flash:"))
                .startsWith("\n-#- --length-- -----date/time------ path\n1      1044480 ");
        assertThat(ExecFixture.enabled("c2960x").exec("show flash")).startsWith("Directory of flash:/\n");
        assertThat(ExecFixture.enabled("isr4321").exec("show flash:"))
                .contains(" /bootflash/isr4300-universalk9.16.09.05.SPA.bin\n");
    }

    @Test
    void catalystShowVersionGivesPowerOnAsTheLastReloadReasonAfterPowerOn() throws Exception {
        assertThat(ExecFixture.enabled("c2960x").exec("show version | include reason"))
                .isEqualTo("Last reload reason: power-on\n");
    }

    @Test
    void showBootExistsOnlyOnTheCatalyst() throws Exception {
        assertThat(ExecFixture.enabled("c2960x").exec("show boot")).startsWith("BOOT path-list      :");
        assertThat(ExecFixture.enabled("c1941").exec("show boot")).contains("% Invalid input detected at '^' marker.");
        assertThat(ExecFixture.enabled("c2960x").exec("show bootvar"))
                .contains("% Invalid input detected at '^' marker.");
    }

    @Test
    void showBootvarListsSavedBootEntriesWithRetryCount() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.router.bootSystem().add("flash:a.bin");
        device.router.bootSystem().add("flash:b.bin");
        assertThat(device.exec("show bootvar")).startsWith("BOOT variable =\n");

        device.exec("write");

        assertThat(device.exec("show bootvar")).startsWith("BOOT variable = flash:a.bin,12;flash:b.bin,12;\n");
    }

    @Test
    void catalystShowBootReadsTheLoaderVariableAtOnce() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");

        device.router.bootSystem().add("flash:c2960x-universalk9-mz.152-7.E8.bin");

        assertThat(device.exec("show boot | include BOOT"))
                .isEqualTo("BOOT path-list      : flash:c2960x-universalk9-mz.152-7.E8.bin\n");
    }

    @Test
    void showClockAndUptimeFollowTheInjectedClock() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");

        device.clock.advance(Duration.ofDays(9).plusHours(3).plusMinutes(4).plusMillis(5));

        assertThat(device.exec("show clock")).isEqualTo("*03:04:00.005 UTC Wed Mar 10 1993\n");
        assertThat(device.exec("show version | include uptime"))
                .isEqualTo("Router uptime is 1 week, 2 days, 3 hours, 4 minutes\n");
    }

    @Test
    void pendingConfigRegisterShowsInShowVersionAndBootvar() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");

        device.router.bootEnvironment().setNextConfigRegister(0x0);

        assertThat(device.exec("show version | include register"))
                .isEqualTo("Configuration register is 0x2102 (will be 0x0 at next reload)\n");
        assertThat(device.exec("show bootvar | include register"))
                .isEqualTo("Configuration register is 0x2102 (will be 0x0 at next reload)\n");
    }

    @Test
    void runningConfigGoesThroughTheEngineFilters() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.router.bootSystem().add("flash:c1900-universalk9-mz.SPA.157-3.M8.bin");

        assertThat(device.exec("show running-config | include boot"))
                .isEqualTo(
                        "boot-start-marker\nboot system flash:c1900-universalk9-mz.SPA.157-3.M8.bin\nboot-end-marker\n");
    }

    @Test
    void userExecSeesVersionClockAndFlashButNotTheConfiguration() throws Exception {
        ExecFixture device = ExecFixture.boot("c1941");

        assertThat(device.exec("show version")).contains("Configuration register is 0x2102");
        assertThat(device.exec("show clock")).startsWith("*00:00:00.000 UTC");
        assertThat(device.exec("show flash:")).contains("bytes available");
        assertThat(device.exec("show running-config")).contains("% Invalid input detected");
        assertThat(device.exec("dir")).contains("% Unknown command or computer name");
    }

    @Test
    void startupConfigIsReportedAbsentAfterErase() throws Exception {
        ExecFixture device = ExecFixture.enabled("isr4321");

        device.router.eraseStartupConfig();

        assertThat(device.exec("show startup-config")).isEqualTo("startup-config is not present\n");
    }
}
