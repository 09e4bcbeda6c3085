package dev.iosemu.device.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BannerTest {
    @Test
    void shownListsTheKindsInTheOrderAskedEachFollowedByABlankLine() {
        String greeting = Banner.shown(
                Map.of(Banner.EXEC, "Welcome", Banner.MOTD, "\nKeep out\n", Banner.LOGIN, "Lab"),
                Banner.MOTD,
                Banner.LOGIN,
                Banner.EXEC);

        assertThat(greeting).isEqualTo("\nKeep out\n\nLab\n\nWelcome\n\n");
    }

    @Test
    void noBannersNothingShown() {
        assertThat(Banner.shown(Map.of(Banner.EXEC, "x"), Banner.MOTD, Banner.LOGIN))
                .isEmpty();
    }
}
