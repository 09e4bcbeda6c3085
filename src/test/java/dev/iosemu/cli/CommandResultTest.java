package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandResultTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "% Invalid input detected at '^' marker.",
                "% Incomplete command.",
                "% Ambiguous command:  \"s\"",
                "%Error opening tftp://192.168.1.10/x.bin (Timed out)",
                "% Bad IP address or host name",
                "  % Unrecognized host or address, or protocol not running."
            })
    void percentLinesOfRefusedCommandsAreErrors(String line) {
        assertThat(CommandResult.isError(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%Warning:There is a file already existing with this name",
                "% Please answer 'yes' or 'no'.",
                "%SYS-5-CONFIG_I: Configured from console by console",
                "*Mar  1 00:00:04.123: %SYS-5-RESTART: System restarted --",
                "Building configuration...",
                "[OK]"
            })
    void warningsQuestionsLogMessagesAndOrdinaryLinesAreNot(String line) {
        assertThat(CommandResult.isError(line)).isFalse();
    }

    @Test
    void errorsAreListedInOrder() {
        CommandResult result = new CommandResult("copy x y", "Accessing x...\n%Error opening x (Timed out)\n");

        assertThat(result.failed()).isTrue();
        assertThat(result.errors()).containsExactly("%Error opening x (Timed out)");
        assertThat(new CommandResult("show clock", "*10:00:00.000 UTC Sun Mar 1 2026\n").failed())
                .isFalse();
    }
}
