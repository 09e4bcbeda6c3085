package dev.iosemu.fs.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CopyResultTest {
    @Test
    void resultPrintsLikeIos() {
        assertThat(new CopyResult(4, Duration.ofMillis(348)).bytesPerSecond()).isEqualTo(11);
        assertThat(new CopyResult(15_979_672, Duration.ofMillis(217_886)).bytesPerSecond())
                .isEqualTo(73_340);
        assertThat(new CopyResult(15_979_672, Duration.ofMillis(217_886)).secondsText())
                .isEqualTo("217.886");
        assertThat(new CopyResult(74_590, Duration.ofMillis(556)).bytesPerSecond())
                .isEqualTo(134_155);
        assertThat(new CopyResult(0, Duration.ofMillis(28)).bytesPerSecond()).isZero();
        assertThat(new CopyResult(1000, Duration.ZERO).bytesPerSecond()).isEqualTo(1_000_000);
        assertThat(new CopyResult(1000, Duration.ZERO).secondsText()).isEqualTo("0.000");
    }
}
