package dev.iosemu.net.datagram;

/**
 * Decides whether to poll the socket briefly for the next datagram before sleeping in the selector. A peer on
 * the same host answers a block, or sends the next one of a window, within microseconds, which is about what
 * waking a sleeping thread costs; and the wake-up often preempts the very peer that is sending. Polling
 * (yielding between attempts) roughly doubles lock-step throughput on loopback and cuts context switches. A
 * poll that comes up empty was wasted work, so it suspends polling for the next {@link #SKIP_AFTER_MISS}
 * waits: against a slow or distant peer the waste stays under a percent of one core. Not thread-safe: owned
 * by one UDP port.
 */
final class ReplyPolling {
    /** How long to poll: above a loopback round trip, far below any retransmission timeout. */
    static final long POLL_NANOS = 50_000;

    /** Receive attempts per poll at most, so the poll ends even if the ticker stands still. */
    static final int MAX_ATTEMPTS = 1_000;

    /** Waits that sleep straight away after a poll found nothing. */
    static final int SKIP_AFTER_MISS = 64;

    private int skipsLeft; // waits still to sleep without polling

    /** Whether the coming wait should poll first; counts the wait when it should not. */
    boolean shouldPoll() {
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
}
