package dev.iosemu.cli.commands.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.Mode;
import dev.iosemu.cli.commands.ExecFixture;
import dev.iosemu.device.DeviceFacts;
import dev.iosemu.device.DeviceState;
import dev.iosemu.image.CraftedImages;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** write, erase, reload (with the console hand-over to the loader) and show privilege on shipped profiles. */
class SystemCommandsTest {
    private static final String OLD_ISR = "c1900-universalk9-mz.SPA.154-3.M3.bin";
    private static final String NEW_ISR = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    @ParameterizedTest
    @ValueSource(strings = {"c1941", "c2960x", "isr4321"})
    void writeSavesTheRunningConfigToNvram(String profile) throws Exception {
        ExecFixture device = ExecFixture.enabled(profile);
        device.router.configure(b -> b.hostname("Lab1"));

        assertThat(device.exec("write memory")).isEqualTo("Building configuration...\n[OK]\n");
        assertThat(device.router.startupConfigText().orElseThrow()).contains("hostname Lab1\n");
        assertThat(device.router.configModified()).isFalse();
    }

    @Test
    void writeEraseRemovesTheStartupConfigAndLogsTheNvramGeometry() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");

        String out = device.exec("write erase", "");
        device.exec("show clock");

        assertThat(out)
                .isEqualTo("Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]\n"
                        + "[OK]\n"
                        + "Erase of nvram: complete\n");
        // the device logs the geometry as the command ends, so a real console shows it after the next prompt
        assertThat(device.session.transcript())
                .contains("Erase of nvram: complete\nRouter#\n"
                        + "*Mar  1 00:00:00.000: %SYS-7-NV_BLOCK_INIT: Initialized the geometry of nvram\n"
                        + "Router#show clock\n");
        assertThat(device.router.startupConfigText()).isEmpty();
    }

    @Test
    void declinedEraseKeepsTheStartupConfig() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");

        device.exec("erase startup-config", "n");

        assertThat(device.router.startupConfigText()).isPresent();
    }

    @Test
    void iosXeWarnsThatTheLicenseTrustCodeStays() throws Exception {
        ExecFixture device = ExecFixture.enabled("isr4321");

        assertThat(device.exec("erase startup-config", "n"))
                .startsWith("*".repeat(108) + "\nErasing Nvram will not clear license trust code.\n");
    }

    @Test
    void reloadCancelledWithAnotherKeyKeepsIosRunning() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");

        assertThat(device.exec("reload", "c")).isEqualTo("Proceed with reload? [confirm]c\n");
        assertThat(device.session.session().mode()).isEqualTo(Mode.PRIVILEGED_EXEC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1941", "c2960x", "isr4321"})
    void reloadOfAnUnchangedDeviceAsksOnlyToProceedAndEndsInUserExec(String profile) throws Exception {
        ExecFixture device = ExecFixture.enabled(profile);

        String out = device.exec("reload", "");

        assertThat(out).startsWith("Proceed with reload? [confirm]\n*Mar  1 00:00:00.000: %SYS-5-RELOAD:");
        assertThat(out).contains("Press RETURN to get started!");
        assertThat(device.session.session().mode()).isEqualTo(Mode.USER_EXEC);
        assertThat(device.router.bootState().state()).isEqualTo(DeviceState.IOS);
    }

    @Test
    void theSaveQuestionIsAskedAgainUntilYesOrNo() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.router.configure(b -> b.hostname("Unsaved"));

        String out = device.exec("reload", "maybe", "no", "");

        assertThat(out)
                .startsWith("\nSystem configuration has been modified. Save? [yes/no]: maybe\n"
                        + "% Please answer 'yes' or 'no'.\n"
                        + "System configuration has been modified. Save? [yes/no]: no\n"
                        + "Proceed with reload? [confirm]\n");
        assertThat(device.router.runningConfig().hostname()).isEqualTo("Router");
    }

    @Test
    void answeringYesSavesBeforeTheReload() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.router.configure(b -> b.hostname("Saved"));

        String out = device.exec("reload", "yes", "");

        assertThat(out)
                .contains("Save? [yes/no]: yes\nBuilding configuration...\n[OK]\nProceed with reload? [confirm]\n");
        assertThat(device.router.runningConfig().hostname()).isEqualTo("Saved");
        assertThat(device.session.session().prompt()).isEqualTo("Saved>");
    }

    @Test
    void afterWriteEraseReloadAsksToSave() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");
        device.exec("write erase", "");

        assertThat(device.exec("reload", "no", "", "no")).contains("System configuration has been modified. Save?");
    }

    @Test
    void deletingTheLastImageThenReloadingLandsInRommonAndBootOfACopiedBackImageStartsIos() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        List<String> loaderPrompts = new ArrayList<>();
        List<DeviceState> statesInLoader = new ArrayList<>();
        device.loaderHook = prompt -> {
            statesInLoader.add(device.router.bootState().state());
            if (loaderPrompts.isEmpty()) {
                copyBack(device, NEW_ISR, "flash:");
            }
            loaderPrompts.add(prompt);
        };
        device.exec("delete /force flash:" + OLD_ISR);
        device.exec("write");

        String out = device.exec("reload", "", "boot flash:" + NEW_ISR);

        assertThat(out).contains("boot: cannot determine first executable file name ondevice \"flash0:\"");
        assertThat(loaderPrompts).containsExactly("rommon 1 > ");
        assertThat(statesInLoader).containsExactly(DeviceState.LOADER);
        assertThat(DeviceFacts.versionInfo(device.router)
                        .orElseThrow()
                        .image()
                        .version()
                        .text())
                .isEqualTo("15.7(3)M8");
        assertThat(device.session.session().mode()).isEqualTo(Mode.USER_EXEC);
        assertThat(device.exec("show version | include image"))
                .isEqualTo("System image file is \"flash:" + NEW_ISR + "\"\n");
    }

    @Test
    void reloadSkipsAnImageCraftedWithABuildDateOutOfRangeAsItSkipsACorruptOne() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        var flash = device.router.fileSystems().defaultFileSystem();
        CraftedImages.writeWithBuildSeconds(
                ExecFixture.shippedImage(NEW_ISR), flash.path("/crafted.bin"), Long.MAX_VALUE);
        device.exec("configure terminal");
        device.exec("boot system flash:crafted.bin");
        device.exec("end");
        device.exec("write");

        String out = device.exec("reload", "");

        assertThat(out).doesNotContain("internal failure");
        assertThat(device.router.bootState().state()).isEqualTo(DeviceState.IOS);
        assertThat(DeviceFacts.versionInfo(device.router)
                        .orElseThrow()
                        .image()
                        .version()
                        .text())
                .isEqualTo("15.4(3)M3");
    }

    @Test
    void aSwitchWithoutAnImageStopsAtTheLoaderAndBootsACopiedBackImage() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");
        String image = "c2960x-universalk9-mz.152-7.E8.bin";
        device.loaderHook = prompt -> copyBack(device, image, "flash:");
        device.exec("delete /force flash:c2960x-universalk9-mz.152-4.E8.bin");

        String out = device.exec("reload", "", "boot flash:" + image);

        assertThat(out).contains("switch: boot flash:" + image);
        assertThat(DeviceFacts.versionInfo(device.router)
                        .orElseThrow()
                        .image()
                        .version()
                        .text())
                .isEqualTo("15.2(7)E8");
    }

    @Test
    void whenInputEndsInTheLoaderTheSessionCloses() throws Exception {
        ExecFixture device = ExecFixture.enabled("isr4321");
        device.exec("delete /force bootflash:isr4300-universalk9.16.09.05.SPA.bin");

        device.session.script("reload\n\n");

        assertThat(device.router.bootState().state()).isEqualTo(DeviceState.LOADER);
        assertThat(device.session.session().isClosed()).isTrue();
    }

    @Test
    void showPrivilegeReportsTheLevelOfTheMode() throws Exception {
        ExecFixture device = ExecFixture.boot("c1941");

        assertThat(device.exec("show privilege")).isEqualTo("Current privilege level is 1\n");
        device.exec("enable", LabReady.SECRET);
        assertThat(device.exec("show privilege")).isEqualTo("Current privilege level is 15\n");
    }

    private static void copyBack(ExecFixture device, String image, String prefix) {
        try {
            device.placeImage(image, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
