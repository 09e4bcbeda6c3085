package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromptTest {
    private final DemoDevice device = new DemoDevice();
    private final HeadlessSession cli = device.headless();

    @Test
    void answersAppearAfterTheirPromptsInTheTranscript() {
        cli.exec("enable");
        assertThat(cli.exec("copy tftp: flash:", "c1900.bin"))
                .isEqualTo("Destination filename [flash:]? c1900.bin\ncopy tftp: -> c1900.bin\n");
        assertThat(cli.exec("copy tftp: flash:", "")).endsWith("copy tftp: -> flash:\n");
    }

    @Test
    void yesNoQuestionsAskAgainUntilAnswered() {
        cli.exec("enable");
        assertThat(cli.exec("reload", "maybe", "y", "")).isEqualTo("""
                        System configuration has been modified. Save? [yes/no]: maybe
                        % Please answer 'yes' or 'no'.
                        System configuration has been modified. Save? [yes/no]: y
                        Building configuration...
                        [OK]
                        Proceed with reload? [confirm]
                        reloading
                        """);
    }

    @Test
    void confirmTakesEnterOrYAndAnythingElseDeclines() {
        cli.exec("enable");
        assertThat(cli.exec("reload", "no", "y")).endsWith("[confirm]y\nreloading\n");
        assertThat(cli.exec("reload", "no", "c")).endsWith("Proceed with reload? [confirm]c\n");
    }

    @Test
    void missingAnswerFailsTheTestLoudly() {
        cli.exec("enable");
        assertThatThrownBy(() -> cli.exec("copy tftp: flash:"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Destination filename [flash:]? ");
        assertThat(cli.exec("show version")).contains("15.7(3)M8");
    }

    @Test
    void unusedAnswersFailTheTestLoudly() {
        assertThatThrownBy(() -> cli.exec("show version", "extra"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[extra]");
    }

    @Test
    void enableWithASecretAsksThreeTimesWithoutEcho() {
        HeadlessSession guarded = HeadlessSession.of(
                device.registry,
                ShellSettings.builder().enableSecret(EnableCheck.of("cisco")).build());
        assertThat(guarded.exec("enable", "a", "b", "c"))
                .isEqualTo("Password: \nPassword: \nPassword: \n% Bad secrets\n\n");
        assertThat(guarded.session().mode()).isEqualTo(Mode.USER_EXEC);
        assertThat(guarded.exec("enable", "wrong", "cisco")).isEqualTo("Password: \nPassword: \n");
        assertThat(guarded.session().prompt()).isEqualTo("Router#");
    }

    @Test
    void configureWithoutTerminalAsksWhereFrom() {
        cli.exec("enable");
        assertThat(cli.exec("configure", ""))
                .isEqualTo("Configuring from terminal, memory, or network [terminal]? \n"
                        + "Enter configuration commands, one per line.  End with CNTL/Z.\n");
        assertThat(cli.session().mode()).isEqualTo(Mode.GLOBAL_CONFIG);
    }

    @Test
    void scriptModeLetsTheNextLineAnswerThePendingPrompt() {
        String transcript = cli.script("enable\ncopy tftp: flash:\nnew.bin\nshow version\n");
        assertThat(transcript).isEqualTo("""
                        Router>enable
                        Router#copy tftp: flash:
                        Destination filename [flash:]? new.bin
                        copy tftp: -> new.bin
                        Router#show version
                        Cisco IOS Software, C1900 Software, Version 15.7(3)M8
                        Router#""");
    }

    @Test
    void batchInputEndingAtAPromptAbortsTheCommandAndEnds() throws Exception {
        StringBuilder out = new StringBuilder();
        CliSession batch = HeadlessSession.batch(
                new IosShell(device.registry, device.settings()), new java.io.StringReader("enable\nreload\n"), out);
        batch.run();
        assertThat(out.toString())
                .isEqualTo(
                        "Router>enable\nRouter#reload\nSystem configuration has been modified. Save? [yes/no]: \nRouter#");
    }
}
