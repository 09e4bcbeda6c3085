package dev.iosemu.cli.commands.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTextTest {
    @Test
    void showRunningCountsTheBytesOfTheText() {
        List<String> body = List.of("!", "hostname Router", "!", "end");

        List<String> lines = ConfigText.showRunning(body);

        assertThat(lines.subList(0, 2)).containsExactly("Building configuration...", "");
        assertThat(lines.get(2))
                .isEqualTo("Current configuration : " + (String.join("\n", body).length() + 1) + " bytes");
        assertThat(lines.subList(3, lines.size())).isEqualTo(body);
    }

    @Test
    void showStartupNamesItsUseOfNvramOrItsAbsence() {
        assertThat(ConfigText.showStartup(Optional.of("!\nend\n"), 262136))
                .containsExactly("Using 6 out of 262136 bytes", "!", "end");
        assertThat(ConfigText.showStartup(Optional.empty(), 262136)).containsExactly("startup-config is not present");
    }
}
