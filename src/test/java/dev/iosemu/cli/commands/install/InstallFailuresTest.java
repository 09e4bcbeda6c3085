package dev.iosemu.cli.commands.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.ExecFixture;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.testing.FlashContents;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every install failure prints its {@code FAILED:} line and leaves bootflash byte-identical and bootable. */
class InstallFailuresTest {
    private static final String NEW = "isr4300-universalk9.17.09.04a.SPA.bin";

    @Test
    void bundleWhoseExpansionDoesNotFitFailsBeforeWritingAnything() throws Exception {
        // 1 MiB old bundle + 1 MiB new bundle fit; their expansion does not
        ExecFixture fixture = ExecFixture.enabled("isr4321", yaml -> yaml.replace("size: 3300917248", "size: 2600000"));
        fixture.placeImage(NEW, "bootflash:");
        LocalFileSystem flash = fixture.router.fileSystems().defaultFileSystem();
        Map<String, String> before = FlashContents.of(flash);

        String out = fixture.exec("install add file bootflash:" + NEW + " activate commit");

        assertThat(out)
                .contains("install_add: Adding IMG")
                .containsPattern(
                        " \\[1\\]  R0 FAILED: /bootflash requires \\d+ KB of free space, but only \\d+ KB is available")
                .contains("FAILED: add_activate_commit /bootflash/" + NEW + " Mon Mar 01 00:00:00 UTC 1993")
                .doesNotContain("Image added");
        assertThat(FlashContents.of(flash)).isEqualTo(before);
        assertThat(fixture.exec("show install log")).contains("END FAILED");
        assertBootsAgain(fixture);
    }

    @Test
    void imageOfAnotherPlatformIsRefused() throws Exception {
        ExecFixture fixture = ExecFixture.enabled("isr4321");
        fixture.placeImage("c2900-universalk9-mz.SPA.157-3.M8.bin", "bootflash:");
        LocalFileSystem flash = fixture.router.fileSystems().defaultFileSystem();
        Map<String, String> before = FlashContents.of(flash);

        String out = fixture.exec("install add file bootflash:c2900-universalk9-mz.SPA.157-3.M8.bin");

        assertThat(out)
                .contains("FAILED: install_add : Image bootflash:c2900-universalk9-mz.SPA.157-3.M8.bin is for platform "
                        + "C2900, not supported on this platform (ISR4300)");
        assertThat(FlashContents.of(flash)).isEqualTo(before);
    }

    @Test
    void packageAlreadyAddedIsRefusedWithTheRemoveHint() throws Exception {
        ExecFixture fixture = ExecFixture.enabled("isr4321");
        fixture.placeImage(NEW, "bootflash:");
        fixture.exec("install add file bootflash:" + NEW);
        Map<String, String> before =
                FlashContents.of(fixture.router.fileSystems().defaultFileSystem());

        String out = fixture.exec("install add file bootflash:" + NEW);

        assertThat(out)
                .contains("FAILED: install_add : Super package already added. Add operation not allowed. "
                        + "'install remove inactive' can be used to discard added packages");
        assertThat(FlashContents.of(fixture.router.fileSystems().defaultFileSystem()))
                .isEqualTo(before);
    }

    @Test
    void missingFileAndNothingToActivateOrCommitFail() throws Exception {
        ExecFixture fixture = ExecFixture.enabled("isr4321");

        assertThat(fixture.exec("install add file bootflash:nothere.bin"))
                .contains("FAILED: install_add : bootflash:nothere.bin : File not found");
        assertThat(fixture.exec("install activate"))
                .contains("FAILED: install_activate : No inactive package found to activate");
        assertThat(fixture.exec("install commit"))
                .contains("FAILED: install_commit : No uncommitted install operation found to commit");
    }

    @Test
    void activationDeclinedLeavesTheImageAddedAndTheDeviceRunning() throws Exception {
        ExecFixture fixture = ExecFixture.enabled("isr4321");
        fixture.placeImage(NEW, "bootflash:");

        String out = fixture.exec("install add file bootflash:" + NEW + " activate", "y", "n");

        assertThat(out)
                .contains("Please confirm you have changed boot config to bootflash:packages.conf [y/n]")
                .contains("FAILED: install_add_activate : Operation aborted by user");
        assertThat(fixture.exec("show install inactive")).contains("IMG   I    17.09.04a.0.");
        assertThat(fixture.exec("show version")).contains("Version 16.9.5");
    }

    private static void assertBootsAgain(ExecFixture fixture) {
        String reload = fixture.exec("reload", "");
        assertThat(reload)
                .contains("Located isr4300-universalk9.16.09.05.SPA.bin")
                .contains("Press RETURN");
    }
}
