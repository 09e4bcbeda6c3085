package dev.iosemu.cli.commands.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InventoryViewsTest {
    @Test
    void insertTimeIsClockTimeWithinADayThenDaysAndHoursThenWeeksAndDays() {
        assertThat(InventoryViews.insertTime(Duration.ofSeconds(312))).isEqualTo("00:05:12");
        assertThat(InventoryViews.insertTime(Duration.ofHours(51))).isEqualTo("2d03h");
        assertThat(InventoryViews.insertTime(Duration.ofDays(26))).isEqualTo("3w5d");
    }
}
