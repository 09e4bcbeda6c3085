package dev.iosemu.net.datagram;

/**
 * The last verdict of the reply-polling trials of one JVM's ports, so a port opened soon after a lost trial
 * starts blocking instead of running a trial of its own. A client fetching file after file, or a server serving
 * them, opens a port per transfer: a transfer of 320 blocks (20 MiB at blksize 65464) spent a fifth of its
 * datagrams in its trial, which on a busy machine polling loses. A loss is believed for {@link #VALID_NANOS},
 * so a port that has not seen a trial since then tries again as the machine's load changes. Thread-safe.
 */
final class PollingVerdict {
    /** The verdict all UDP ports of this JVM share. */
    static final PollingVerdict JVM = new PollingVerdict();

    /** How long a lost trial keeps new ports from polling. */
    static final long VALID_NANOS = 1_000_000_000L;

    private boolean lost;
    private long lostAt; // ticker time of the last loss, valid while lost
    private int blockingRun; // the blocking run a port starts with while the loss is believed

    /** A trial at ticker time {@code now} went to blocking; ports opened now block for {@code run} datagrams. */
    synchronized void lost(long now, int run) {
        lost = true;
        lostAt = now;
        blockingRun = run;
    }

    /** A trial went to polling: new ports run their own trials. */
    synchronized void won() {
        lost = false;
    }

    /** The blocking run a port opened at ticker time {@code now} starts with, or 0 to start with a trial. */
    synchronized int blockingRunAt(long now) {
        return lost && now - lostAt < VALID_NANOS ? blockingRun : 0;
    }
}
