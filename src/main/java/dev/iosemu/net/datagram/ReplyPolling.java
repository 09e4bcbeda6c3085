package dev.iosemu.net.datagram;

/**
 * Decides whether to poll the socket briefly for the next datagram before sleeping in the selector, by
 * measuring which of the two pays. A peer on the same host answers within microseconds, about what waking a
 * sleeping thread costs, so on an idle machine polling (yielding between attempts) roughly doubles lock-step
 * throughput on loopback. On a busy one it loses badly: a thread that yields gives its processor to whatever
 * else is runnable for that task's whole time slice, while a sleeping thread that a datagram wakes is run at
 * once. Measured at a load average of 8 with both ends of a transfer in one JVM, datagrams came 25 to 100 µs
 * apart while both ends slept and 300 to 5,000 µs apart while both polled.
 *
 * <p>So the port runs trials: {@link #TRIAL_DATAGRAMS} datagrams blocking, then as many polling, and then the
 * faster way (by the time between datagrams, polling only when it is clearly faster) for a run of datagrams,
 * before it tries both again as the machine's load changes. The trials are kept cheap where polling loses: the
 * polling half ends the moment its time so far shows it cannot win (so it costs at most what the blocking half
 * did), each loss in a row doubles the blocking run that follows (from {@link #FIRST_RUN} up to {@link #LONGEST_RUN}), and a
 * polling run watches itself and tries again as soon as a stretch of it is slower than blocking was. A poll
 * that comes up empty also suspends polling for the next {@link #SKIP_AFTER_MISS} waits, so against a slow or
 * distant peer the waste stays under a percent of one core. A port opened soon after another's trial lost skips
 * its own and starts with a blocking run ({@link PollingVerdict}). Not thread-safe: owned by one UDP port.
 */
final class ReplyPolling {
    /** How long to poll: above a loopback round trip, far below any retransmission timeout. */
    static final long POLL_NANOS = 50_000;

    /** Receive attempts per poll at most, so the poll ends even if the ticker stands still. */
    static final int MAX_ATTEMPTS = 1_000;

    /** Waits that sleep straight away after a poll found nothing. */
    static final int SKIP_AFTER_MISS = 64;

    /** Datagrams each way is tried for in a trial, and the stretch a polling run checks itself over. */
    static final int TRIAL_DATAGRAMS = 64;

    /** Datagrams the trial's winner receives before the next trial, after polling won or at first. */
    static final int FIRST_RUN = 1024;

    /** The longest blocking run, reached after polling lost several trials in a row. */
    static final int LONGEST_RUN = 16 * FIRST_RUN;

    /** How much faster polling must be to win: it costs a processor while it waits, so a tie goes to sleeping. */
    static final double POLL_MARGIN = 1.10;

    private enum Phase {
        TRY_BLOCKING,
        TRY_POLLING,
        POLLING,
        BLOCKING
    }

    private final PollingVerdict verdict; // shared with the other ports of the JVM
    private Phase phase = Phase.TRY_BLOCKING;
    private boolean started; // whether a receive has ended yet
    private int skipsLeft; // waits still to sleep without polling
    private int datagrams; // received in this phase
    private long phaseNanos; // time between those datagrams, summed
    private long stretchNanos; // time of the polling run's current stretch of TRIAL_DATAGRAMS
    private long lastReceived; // ticker time of the last datagram, valid while timed
    private boolean timed; // whether the next datagram's gap is a fair sample (no timeout in between)
    private long blockingNanos; // the last trial's blocking half, TRIAL_DATAGRAMS gaps summed
    private int runLength; // datagrams in the current run
    private int nextBlockingRun = FIRST_RUN; // the length of the next blocking run

    ReplyPolling(PollingVerdict verdict) {
        this.verdict = verdict;
    }

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
        if (!started) {
            started = true;
            inheritLoss(now);
        }
        if (!datagram) {
            timed = false; // a timeout's gap says nothing about either way of waiting
            return;
        }
        if (timed) {
            long gap = now - lastReceived;
            phaseNanos += gap;
            stretchNanos += gap;
            datagrams++;
            advance(now);
        }
        lastReceived = now;
        timed = true;
    }

    /**
     * Starts with the blocking run of a first loss, not a trial, while another port's lost trial is believed;
     * its own losses then lengthen the runs as usual.
     */
    private void inheritLoss(long now) {
        if (verdict.lostLately(now)) {
            startBlockingRun(); // a new port's next run is the first one
        }
    }

    /** Blocks for the next run after a loss, and doubles the one after it (up to the longest). */
    private void startBlockingRun() {
        runLength = nextBlockingRun;
        nextBlockingRun = Math.min(2 * nextBlockingRun, LONGEST_RUN);
        enter(Phase.BLOCKING);
    }

    private void advance(long now) {
        switch (phase) {
            case TRY_BLOCKING -> {
                if (datagrams == TRIAL_DATAGRAMS) {
                    blockingNanos = phaseNanos;
                    enter(Phase.TRY_POLLING);
                }
            }
            case TRY_POLLING -> {
                if (phaseNanos * POLL_MARGIN >= blockingNanos) { // lost, whatever the rest of the trial would give
                    verdict.lost(now);
                    startBlockingRun();
                } else if (datagrams == TRIAL_DATAGRAMS) {
                    runLength = FIRST_RUN;
                    nextBlockingRun = FIRST_RUN;
                    verdict.won();
                    enter(Phase.POLLING);
                }
            }
            case POLLING -> {
                if (datagrams == runLength || datagrams % TRIAL_DATAGRAMS == 0 && slowerThanBlocking()) {
                    enter(Phase.TRY_BLOCKING);
                }
            }
            case BLOCKING -> {
                if (datagrams == runLength) {
                    enter(Phase.TRY_BLOCKING);
                }
            }
        }
    }

    /** Ends a stretch of a polling run: whether it took longer than the blocking half of the last trial. */
    private boolean slowerThanBlocking() {
        boolean slower = stretchNanos > blockingNanos;
        stretchNanos = 0;
        return slower;
    }

    private void enter(Phase next) {
        phase = next;
        datagrams = 0;
        phaseNanos = 0;
        stretchNanos = 0;
        skipsLeft = 0;
    }
}
