package dev.iosemu.cli.commands.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IosTimeTest {
    @Test
    void uptimeLeavesOutZeroPartsButNeverTheMinutes() {
        assertThat(IosTime.uptime(Duration.ofDays(79).plusHours(3))).isEqualTo("11 weeks, 2 days, 3 hours, 0 minutes");
        assertThat(IosTime.uptime(Duration.ofDays(193).plusMinutes(16))).isEqualTo("27 weeks, 4 days, 16 minutes");
        assertThat(IosTime.uptime(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(IosTime.uptime(Duration.ZERO)).isEqualTo("0 minutes");
        assertThat(IosTime.uptime(Duration.ofSeconds(-5))).isEqualTo("0 minutes");
    }
}
