package dev.iosemu.net.datagram;

/**
 * Whether a reply-polling trial of one JVM's ports was lost lately, so a port opened soon after starts with a
 * blocking run instead of running a trial of its own. A client fetching file after file, or a server serving
 * them, opens a port per transfer: a transfer of 320 blocks (20 MiB at blksize 65464) spent a fifth of its
 * datagrams in its trial, which on a busy machine polling loses. A loss is believed for {@link #VALID_NANOS},
 * so a port that has not seen a trial since then tries again as the machine's load changes. The ports share
 * only that one bit: a trial also loses against a distant peer, whose replies no poll catches, and a port
 * talking to a near one should not block for long on that account. Thread-safe.
 */
final class PollingVerdict {
    /** The verdict all UDP ports of this JVM share. */
    static final PollingVerdict JVM = new PollingVerdict();

    /** How long a lost trial keeps new ports from polling. */
    static final long VALID_NANOS = 1_000_000_000L;

    private boolean lost;
    private long lostAt; // ticker time of the last loss, valid while lost

    /** A trial ended at ticker time {@code now} with blocking the faster. */
    synchronized void lost(long now) {
        lost = true;
        lostAt = now;
    }

    /** A trial went to polling: new ports run their own trials. */
    synchronized void won() {
        lost = false;
    }

    /** Whether a port opened at ticker time {@code now} should start with a blocking run rather than a trial. */
    synchronized boolean lostLately(long now) {
        return lost && now - lostAt < VALID_NANOS;
    }
}
