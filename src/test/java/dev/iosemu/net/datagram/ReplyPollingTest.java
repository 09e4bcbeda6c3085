package dev.iosemu.net.datagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplyPollingTest {
    private static final long FAST = 10_000;
    private static final long SLOW = 30_000;
    private static final int TRIAL = ReplyPolling.TRIAL_DATAGRAMS;

    private final PollingVerdict verdict = new PollingVerdict();
    private ReplyPolling polling = new ReplyPolling(verdict);
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

    /** Receives datagrams {@code gapNanos} apart, polling, for as long as polling goes on; returns how many. */
    private int pollWhileAllowed(long gapNanos) {
        int polled = 0;
        while (polling.shouldPoll()) {
            polling.polled(true);
            polled++;
            now += gapNanos;
            polling.received(true, now);
        }
        return polled;
    }

    /** Receives datagrams {@code gapNanos} apart, sleeping, until polling is asked for again; returns how many. */
    private int blockUntilPolling(long gapNanos) {
        int blocked = 0;
        while (!polling.shouldPoll()) {
            blocked++;
            now += gapNanos;
            polling.received(true, now);
        }
        return blocked;
    }

    /** Starts the clock and runs the blocking half of a trial at {@code blockingGap}. */
    private void blockingHalf(long blockingGap) {
        receive(1, blockingGap); // the first datagram only starts the clock
        assertThat(receive(TRIAL, blockingGap)).isZero();
    }

    @Test
    void aPortOpenedSoonAfterALostTrialStartsWithABlockingRun() {
        blockingHalf(FAST);
        assertThat(pollWhileAllowed(SLOW)).isEqualTo(20); // lost: this port blocks for FIRST_RUN datagrams

        polling = new ReplyPolling(verdict);
        now += PollingVerdict.VALID_NANOS / 2;

        assertThat(blockUntilPolling(FAST))
                .as("the first datagram (it starts the clock), the inherited run, then a trial's blocking half")
                .isEqualTo(1 + ReplyPolling.FIRST_RUN + TRIAL);
        assertThat(pollWhileAllowed(SLOW)).isEqualTo(20); // lost again: the run doubles, as in one port
        assertThat(blockUntilPolling(FAST)).isEqualTo(2 * ReplyPolling.FIRST_RUN + TRIAL);
    }

    @Test
    void aNewPortInheritsOnlyTheRunOfAFirstLossHoweverLongTheOthersGrew() {
        blockingHalf(FAST);
        for (int loss = 0; loss < 5; loss++) {
            pollWhileAllowed(SLOW);
            blockUntilPolling(FAST); // runs of 1, 2, 4, 8 and 16 times FIRST_RUN, each with a trial's blocking half
        }
        pollWhileAllowed(SLOW); // a sixth loss, at the longest run

        polling = new ReplyPolling(verdict);

        assertThat(blockUntilPolling(FAST)).isEqualTo(1 + ReplyPolling.FIRST_RUN + TRIAL);
    }

    @Test
    void aLossOlderThanItsValidityIsForgotten() {
        blockingHalf(FAST);
        pollWhileAllowed(SLOW); // lost

        polling = new ReplyPolling(verdict);
        now += PollingVerdict.VALID_NANOS;

        assertThat(blockUntilPolling(FAST))
                .as("the first datagram (it starts the clock), then a trial's blocking half")
                .isEqualTo(1 + TRIAL);
    }

    @Test
    void aWonTrialLetsNewPortsRunTheirOwn() {
        blockingHalf(FAST);
        pollWhileAllowed(SLOW); // lost
        blockUntilPolling(FAST);
        receive(TRIAL, FAST / 2); // won

        polling = new ReplyPolling(verdict);

        assertThat(blockUntilPolling(FAST)).isEqualTo(1 + TRIAL);
    }

    @Test
    void blocksFromTheStart() {
        assertThat(polling.shouldPoll()).isFalse();
    }

    @Test
    void triesBlockingThenPolling() {
        blockingHalf(FAST);

        assertThat(receive(TRIAL, FAST / 2)).isEqualTo(TRIAL);
    }

    @Test
    void pollsAfterTheTrialWhenPollingWasClearlyFaster() {
        blockingHalf(SLOW);
        receive(TRIAL, FAST);

        assertThat(receive(ReplyPolling.FIRST_RUN, FAST)).isEqualTo(ReplyPolling.FIRST_RUN);
    }

    @Test
    void thePollingHalfEndsOnceItCannotWin() {
        blockingHalf(FAST);

        // 64 gaps of 10 µs took 640 µs blocking; polling at 30 µs a gap has lost (with its margin) at the 20th
        assertThat(receive(TRIAL, SLOW)).isEqualTo(20);
        assertThat(receive(ReplyPolling.FIRST_RUN, FAST)).isZero();
    }

    @Test
    void aTieGoesToBlocking() {
        blockingHalf(SLOW);
        receive(TRIAL, SLOW);

        assertThat(receive(ReplyPolling.FIRST_RUN, FAST)).isZero();
    }

    @Test
    void eachLossInARowDoublesTheBlockingRunUpToTheLongest() {
        blockingHalf(FAST);
        List<Integer> runs = new ArrayList<>();
        for (int loss = 0; loss < 7; loss++) {
            assertThat(pollWhileAllowed(SLOW)).isEqualTo(20);
            runs.add(blockUntilPolling(FAST) - TRIAL); // the run, then the next trial's blocking half
        }

        int first = ReplyPolling.FIRST_RUN;
        assertThat(runs)
                .containsExactly(first, 2 * first, 4 * first, 8 * first, 16 * first, 16 * first, 16 * first)
                .last()
                .isEqualTo(ReplyPolling.LONGEST_RUN);
    }

    @Test
    void aWinResetsTheBlockingRun() {
        blockingHalf(FAST);
        pollWhileAllowed(SLOW); // lost
        blockUntilPolling(FAST);
        receive(TRIAL + ReplyPolling.FIRST_RUN, FAST / 2); // won, and the polling run
        assertThat(blockUntilPolling(FAST)).isEqualTo(TRIAL);

        pollWhileAllowed(SLOW); // lost: a run of FIRST_RUN again, not twice it

        assertThat(blockUntilPolling(FAST)).isEqualTo(ReplyPolling.FIRST_RUN + TRIAL);
    }

    @Test
    void aPollingRunTriesAgainWhenAStretchIsSlowerThanBlockingWas() {
        blockingHalf(SLOW);
        receive(TRIAL, FAST); // won

        assertThat(receive(2 * TRIAL, FAST)).isEqualTo(2 * TRIAL);
        assertThat(receive(TRIAL, 2 * SLOW)).isEqualTo(TRIAL); // the load came: this stretch is slower
        assertThat(polling.shouldPoll()).isFalse(); // a new trial, blocking half first
    }

    @Test
    void theGapAcrossATimeoutIsNoSample() {
        receive(1, FAST);
        receive(TRIAL - 1, FAST);
        polling.received(false, now += 5_000_000_000L); // a timeout: the peer was silent
        now += 5_000_000_000L;
        polling.received(true, now); // restarts the clock, counts nothing

        assertThat(receive(1, FAST)).isZero(); // still blocking: the trial needed one more sample
        assertThat(receive(TRIAL, FAST / 2)).isEqualTo(TRIAL);
    }

    @Test
    void missSuspendsPollingForTheNextWaitsOnly() {
        blockingHalf(FAST);
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
        blockingHalf(FAST);
        polling.polled(false);
        polling.polled(true);

        assertThat(polling.shouldPoll()).isTrue();
    }
}
