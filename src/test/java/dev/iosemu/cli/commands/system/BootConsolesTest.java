package dev.iosemu.cli.commands.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.IosShell;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ShellSettings;
import dev.iosemu.cli.commands.config.ConfigCommands;
import dev.iosemu.cli.commands.config.StartupReplayer;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.DeviceState;
import dev.iosemu.device.Line;
import dev.iosemu.device.RecordingConsole;
import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.Router;
import dev.iosemu.device.TestClock;
import dev.iosemu.device.TestDevices;
import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.lab.LabAddressMap;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BootConsolesTest {
    @Test
    void aReloadHandsTheSessionConsoleToRommonUntilItBoots() throws Exception {
        Router router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
        CommandRegistry registry = new CommandRegistry();
        ConfigCommands.register(registry, router, new Random(1));
        StartupReplayer replayer = new StartupReplayer(
                registry, ConfigCommands.shellSettings(router).build());
        registry.root(Mode.PRIVILEGED_EXEC)
                .keyword("reload", "Halt and perform a cold restart")
                .executes(ctx -> router.reload(
                        Line.console(),
                        BootConsoles.over(ctx.session(), BootPacing.NONE, replayer, RommonTftp.unavailable()),
                        ReloadReason.COMMAND));
        router.powerOn(new RecordingConsole("no").boot(replayer));
        router.bootEnvironment().setNextConfigRegister(0x0);
        HeadlessSession cli = HeadlessSession.of(
                registry, ConfigCommands.shellSettings(router).build());
        cli.exec("enable");

        String out = cli.exec("reload", "?", "confreg 0x2102", "boot", "no");

        assertThat(out)
                .contains("rommon 1 > ?")
                .contains("tftpdnld            tftp image download")
                .contains("rommon 2 > confreg 0x2102")
                .contains("rommon 3 > boot")
                .contains("Press RETURN to get started!");
        assertThat(router.bootState().state()).isEqualTo(DeviceState.IOS);
    }

    @Test
    void theSetupDialogQuestionIsAskedAgainUntilAnsweredYesOrNo() throws Exception {
        Router router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
        StringBuilder transcript = new StringBuilder();
        CliSession console = HeadlessSession.batch(
                new IosShell(new CommandRegistry(), ShellSettings.defaults()),
                new StringReader("\nmaybe\nn\n"),
                transcript);

        router.powerOn(BootConsoles.over(console, BootPacing.NONE, ConfigReplayer.NONE, RommonTftp.unavailable()));

        String question = "Would you like to enter the initial configuration dialog? [yes/no]: ";
        assertThat(transcript.toString())
                .contains(question + "\n% Please answer 'yes' or 'no'.\n"
                        + question + "maybe\n% Please answer 'yes' or 'no'.\n"
                        + question + "n\n")
                .doesNotContain("not available")
                .contains("Press RETURN to get started!");
    }
}
