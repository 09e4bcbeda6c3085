package dev.iosemu.net.tftp.transfer;

/**
 * How long one side of a transfer waits for its peer before sending again, adapted to the measured round
 * trip as RFC 1123 section 4.2.3.2 asks of TFTP (the estimator of RFC 6298) with Karn's rule: a round trip is
 * sampled only from a packet sent once, and each expiry doubles the wait. It starts at the configured
 * timeout, never exceeds it and never drops below {@link #MIN_NANOS}. Only an expiry at the configured
 * timeout spends one of the retries, so a silent peer is given up after about as long as the configuration
 * says, timeout times (retries + 1), however short the waits had become, and only such an expiry is
 * reported as a timeout (the {@code .} of a copy): an early resend on a quick path is not. Not thread-safe:
 * owned by its machine.
 */
final class RetransmitTimer {
    /**
     * The shortest wait: well above a round trip on loopback or a LAN and above the scheduling delays of a
     * busy host, so a peer that is merely slow is rarely sent a duplicate.
     */
    static final long MIN_NANOS = 10_000_000;

    private final long ceiling;
    private final long floor;
    private final int retries;
    private long rto;
    private long smoothed = -1; // smoothed round trip, -1 before the first sample
    private long variation;
    private long sentAt = -1; // when the packet now awaiting its answer was sent, -1 if it was resent (Karn)
    private int retriesLeft;

    RetransmitTimer(TransferSettings settings) {
        this.ceiling = settings.timeoutNanos();
        this.floor = Math.min(MIN_NANOS, ceiling);
        this.retries = settings.retries();
        this.rto = ceiling;
        this.retriesLeft = retries;
    }

    /** The wait to arm now. */
    long nanos() {
        return rto;
    }

    /** A packet that solicits an answer went out for the first time at {@code now}; its answer times the trip. */
    void sent(long now) {
        sentAt = now;
    }

    /** The awaited answer may now answer a packet sent again: it times no round trip (Karn's rule). */
    void resent() {
        sentAt = -1;
    }

    /**
     * The transfer moved on at {@code now}: the first progress after a packet sent once times the round trip,
     * and a peer that falls silent later gets its full retries again.
     */
    void heard(long now) {
        if (sentAt >= 0) {
            sample(now - sentAt);
            sentAt = -1;
        }
        retriesLeft = retries;
    }

    /** What an expired wait calls for. */
    enum Expiry {
        /** Send again, early: the wait was shorter than the timeout (a lost packet on a quick path). */
        RESEND,
        /** Send again after a wait as long as the timeout: what the user sees as a timeout. */
        TIMEOUT,
        /** The retries are spent: give up. */
        GIVE_UP
    }

    /** The wait expired: send again with the wait doubled (and no sample from the answer), or give up. */
    Expiry expired() {
        boolean full = rto >= ceiling;
        if (full && retriesLeft-- == 0) {
            return Expiry.GIVE_UP;
        }
        sentAt = -1;
        rto = Math.min(ceiling, rto * 2);
        return full ? Expiry.TIMEOUT : Expiry.RESEND;
    }

    private void sample(long rtt) {
        if (smoothed < 0) {
            smoothed = rtt;
            variation = rtt / 2;
        } else {
            variation = (3 * variation + Math.abs(smoothed - rtt)) / 4;
            smoothed = (7 * smoothed + rtt) / 8;
        }
        rto = Math.clamp(smoothed + Math.max(floor, 4 * variation), floor, ceiling);
    }
}
