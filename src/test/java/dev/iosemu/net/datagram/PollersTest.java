package dev.iosemu.net.datagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PollersTest {
    private final Pollers pollers = new Pollers(2);

    @Test
    void givesNoMorePlacesThanItHas() {
        assertThat(pollers.enter()).isTrue();
        assertThat(pollers.enter()).isTrue();

        assertThat(pollers.enter()).isFalse();
    }

    @Test
    void aPlaceGivenBackCanBeTakenAgain() {
        pollers.enter();
        pollers.enter();

        pollers.leave();

        assertThat(pollers.enter()).isTrue();
        assertThat(pollers.enter()).isFalse();
    }
}
