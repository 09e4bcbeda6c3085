package dev.iosemu.net.datagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplyPollingTest {
    private final ReplyPolling polling = new ReplyPolling();

    @Test
    void pollsFromTheStart() {
        assertThat(polling.shouldPoll()).isTrue();
    }

    @Test
    void keepsPollingWhileAnswersComeInTime() {
        for (int i = 0; i < 3 * ReplyPolling.SKIP_AFTER_MISS; i++) {
            assertThat(polling.shouldPoll()).isTrue();
            polling.polled(true);
        }
    }

    @Test
    void missSuspendsPollingForTheNextWaitsOnly() {
        polling.shouldPoll();
        polling.polled(false);

        long skipped = IntStream.range(0, ReplyPolling.SKIP_AFTER_MISS)
                .filter(i -> !polling.shouldPoll())
                .count();

        assertThat(skipped).isEqualTo(ReplyPolling.SKIP_AFTER_MISS);
        assertThat(polling.shouldPoll()).isTrue();
    }

    @Test
    void answerAfterMissRestoresPollingAtOnce() {
        polling.polled(false);
        polling.polled(true);

        assertThat(polling.shouldPoll()).isTrue();
    }
}
