package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.testing.LabReady;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2960's state folder kept before the switch saved its startup-config in flash is carried over. */
class FlashConfigStateTest {
    @Test
    void aStartupConfigLeftInTheNvramFolderMovesToConfigTextWhenTheSwitchStarts(@TempDir Path dir) throws Exception {
        try (VirtualDevice first = device(dir)) {
            first.powerOn();
        }
        Path configText = dir.resolve("flash").resolve("config.text");
        Path old = dir.resolve("nvram").resolve("startup-config");
        Files.delete(configText);
        Files.writeString(old, "hostname Kept\nend\n", StandardCharsets.UTF_8);

        try (VirtualDevice again = device(dir)) {
            again.powerOn();
            assertThat(again.router().runningConfig().hostname()).isEqualTo("Kept");
            assertThat(Files.readString(configText)).isEqualTo("hostname Kept\nend\n");
            assertThat(old).doesNotExist();
            assertThat(again.openSession().script(LabReady.ENABLE_LINES + "dir nvram:\n"))
                    .containsOnlyOnce("startup-config")
                    .contains("underlying-config");
        }
    }

    private static VirtualDevice device(Path dir) throws Exception {
        return VirtualDevice.builder()
                .profile("c2960x")
                .labServers(false)
                .state(dir)
                .build();
    }
}
