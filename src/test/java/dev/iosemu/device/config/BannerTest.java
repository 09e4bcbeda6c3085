package dev.iosemu.device.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BannerTest {
    @Test
    void greetingShowsMotdThenLoginThenExecEachFollowedByABlankLine() {
        String greeting =
                Banner.greeting(Map.of(Banner.EXEC, "Welcome", Banner.MOTD, "\nKeep out\n", Banner.LOGIN, "Lab"));

        assertThat(greeting).isEqualTo("\nKeep out\n\nLab\n\nWelcome\n\n");
    }

    @Test
    void noBannersNoGreeting() {
        assertThat(Banner.greeting(Map.of())).isEmpty();
    }
}
