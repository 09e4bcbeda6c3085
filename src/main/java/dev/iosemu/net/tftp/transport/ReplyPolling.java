package dev.iosemu.net.tftp.transport;

/**
 * Decides whether to poll the socket briefly for an answer before sleeping in the selector. A peer on the same
 * host answers a block in tens of microseconds, which is about what waking a sleeping thread costs, so in
 * lock-step polling roughly doubles throughput. A peer that does not answer within the poll makes it wasted
 * work, so each poll that comes up empty suspends polling for the next {@link #SKIP_AFTER_MISS} waits: against
 * a slow or distant peer the waste stays under a percent of one core. Not thread-safe: owned by one transport.
 */
final class ReplyPolling {
    /** How long to poll: well above a loopback round trip, well below any retransmission timeout. */
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
