package dev.iosemu.net.datagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplyPollingTest {
    private static final long FAST = 10_000;
    private static final long SLOW = 30_000;

    private final ReplyPolling polling = new ReplyPolling();
    private long now = 1_000_000;

    /** Receives {@code count} datagrams {@code gapNanos} apart; returns how many waits polled first. */
    private int receive(int count, long gapNanos) {
        int polled = 0;
        for (int i = 0; i < count; i++) {
            if (polling.shouldPoll()) {
                polled++;
                polling.polled(true);
            }
            now += gapNanos;
            polling.received(true, now);
        }
        return polled;
    }

    /** Runs one trial: the polling half at {@code pollingGap}, the blocking half at {@code blockingGap}. */
    private void trial(long pollingGap, long blockingGap) {
        assertThat(receive(ReplyPolling.TRIAL_DATAGRAMS, pollingGap)).isEqualTo(ReplyPolling.TRIAL_DATAGRAMS);
        assertThat(receive(ReplyPolling.TRIAL_DATAGRAMS, blockingGap)).isZero();
    }

    @Test
    void pollsFromTheStart() {
        assertThat(polling.shouldPoll()).isTrue();
    }

    @Test
    void triesPollingThenBlocking() {
        receive(1, FAST); // the first datagram only starts the clock

        trial(FAST, FAST);
    }

    @Test
    void pollsAfterTheTrialWhenPollingWasClearlyFaster() {
        receive(1, FAST);
        trial(FAST, SLOW);

        assertThat(receive(ReplyPolling.RUN_DATAGRAMS, SLOW)).isEqualTo(ReplyPolling.RUN_DATAGRAMS);
    }

    @Test
    void blocksAfterTheTrialWhenPollingWasSlower() {
        receive(1, FAST);
        trial(SLOW, FAST);

        assertThat(receive(ReplyPolling.RUN_DATAGRAMS, FAST)).isZero();
    }

    @Test
    void aTieGoesToBlocking() {
        receive(1, FAST);
        trial(SLOW, SLOW);

        assertThat(receive(ReplyPolling.RUN_DATAGRAMS, SLOW)).isZero();
    }

    @Test
    void triesBothAgainAfterTheWinnersRun() {
        receive(1, FAST);
        trial(SLOW, FAST);
        receive(ReplyPolling.RUN_DATAGRAMS, FAST);

        trial(FAST, SLOW); // the load went away: polling wins this time

        assertThat(polling.shouldPoll()).isTrue();
    }

    @Test
    void theGapAcrossATimeoutIsNoSample() {
        receive(1, FAST);
        receive(ReplyPolling.TRIAL_DATAGRAMS - 1, FAST);
        polling.received(false, now += 5_000_000_000L); // a timeout: the peer was silent
        now += 5_000_000_000L;
        polling.received(true, now); // restarts the clock, counts nothing

        assertThat(receive(1, FAST)).isEqualTo(1); // still polling: the trial needed one more sample
        assertThat(receive(ReplyPolling.TRIAL_DATAGRAMS, SLOW)).isZero();
        assertThat(receive(ReplyPolling.RUN_DATAGRAMS, SLOW)).isEqualTo(ReplyPolling.RUN_DATAGRAMS);
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
