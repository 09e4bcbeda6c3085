package dev.iosemu.net.datagram;

/**
 * Decides whether to poll the socket briefly for the next datagram before sleeping in the selector, by
 * measuring which of the two pays. A peer on the same host answers within microseconds, about what waking a
 * sleeping thread costs, so on an idle machine polling (yielding between attempts) roughly doubles lock-step
 * throughput on loopback. On a busy one it loses: a thread that yields gives its processor to whatever else
 * is runnable and waits for the scheduler to come back to it, while a sleeping thread that a datagram wakes
 * is run at once; measured with one core busy, polling cut a lock-step transfer to a third of what blocking
 * receives gave. So the port runs trials: {@link #TRIAL_DATAGRAMS} datagrams polling, as many blocking, and
 * then the faster way (by the mean time between datagrams, polling only when it is clearly faster) for
 * {@link #RUN_DATAGRAMS} datagrams, before it tries both again as the machine's load changes. A poll that
 * comes up empty also suspends polling for the next {@link #SKIP_AFTER_MISS} waits, so against a slow or
 * distant peer the waste stays under a percent of one core. Not thread-safe: owned by one UDP port.
 */
final class ReplyPolling {
    /** How long to poll: above a loopback round trip, far below any retransmission timeout. */
    static final long POLL_NANOS = 50_000;

    /** Receive attempts per poll at most, so the poll ends even if the ticker stands still. */
    static final int MAX_ATTEMPTS = 1_000;

    /** Waits that sleep straight away after a poll found nothing. */
    static final int SKIP_AFTER_MISS = 64;

    /** Datagrams each way is tried for in a trial. */
    static final int TRIAL_DATAGRAMS = 64;

    /** Datagrams the trial's winner receives before the next trial. */
    static final int RUN_DATAGRAMS = 1024;

    /** How much faster polling must be to win: it costs a processor while it waits, so a tie goes to sleeping. */
    static final double POLL_MARGIN = 1.10;

    private enum Phase {
        TRY_POLLING,
        TRY_BLOCKING,
        POLLING,
        BLOCKING
    }

    private Phase phase = Phase.TRY_POLLING;
    private int skipsLeft; // waits still to sleep without polling
    private int datagrams; // received in this phase
    private long phaseNanos; // time between those datagrams, summed
    private long lastReceived; // ticker time of the last datagram, valid while timed
    private boolean timed; // whether the next datagram's gap is a fair sample (no timeout in between)
    private double pollingMean; // the last trial's mean gap while polling

    /** Whether the coming wait should poll first; counts the wait when it should not. */
    boolean shouldPoll() {
        if (phase == Phase.TRY_BLOCKING || phase == Phase.BLOCKING) {
            return false;
        }
        if (skipsLeft > 0) {
            skipsLeft--;
            return false;
        }
        return true;
    }

    /** Records a poll's outcome: a miss suspends polling for a while. */
    void polled(boolean answered) {
        skipsLeft = answered ? 0 : SKIP_AFTER_MISS;
    }

    /** Records the end of a receive at ticker time {@code now}: with a datagram, or empty (timed out). */
    void received(boolean datagram, long now) {
        if (!datagram) {
            timed = false; // a timeout's gap says nothing about either way of waiting
            return;
        }
        if (timed) {
            phaseNanos += now - lastReceived;
            datagrams++;
            advance();
        }
        lastReceived = now;
        timed = true;
    }

    private void advance() {
        switch (phase) {
            case TRY_POLLING -> {
                if (datagrams == TRIAL_DATAGRAMS) {
                    pollingMean = (double) phaseNanos / datagrams;
                    enter(Phase.TRY_BLOCKING);
                }
            }
            case TRY_BLOCKING -> {
                if (datagrams == TRIAL_DATAGRAMS) {
                    double blockingMean = (double) phaseNanos / datagrams;
                    enter(pollingMean * POLL_MARGIN < blockingMean ? Phase.POLLING : Phase.BLOCKING);
                }
            }
            case POLLING, BLOCKING -> {
                if (datagrams == RUN_DATAGRAMS) {
                    enter(Phase.TRY_POLLING);
                }
            }
        }
    }

    private void enter(Phase next) {
        phase = next;
        datagrams = 0;
        phaseNanos = 0;
        skipsLeft = 0;
    }
}
