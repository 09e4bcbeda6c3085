package dev.iosemu.lab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A clock that moves only when told, and the lab timer that follows it: give it to the devices of a lab as
 * their clock and to the lab's network as its timer, and {@link #advance} runs every action that falls due,
 * in order, each at its own instant (so log stamps show the real gaps). For tests and scripted labs.
 * Thread-safe: actions run on the thread that advances, outside the lock.
 */
public final class ManualTime extends Clock implements LabTimer {
    private final ReentrantLock lock = new ReentrantLock();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(); // guarded by lock
    private final ZoneId zone;
    private Instant now; // guarded by lock
    private long sequence; // guarded by lock; keeps actions due at one instant in the order they were asked

    private record Pending(Instant due, long order, Runnable action) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Long.compare(order, other.order);
        }
    }

    /** A clock standing at {@code start}, in UTC. */
    public ManualTime(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private ManualTime(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    @Override
    public void after(Duration delay, Runnable action) {
        lock.lock();
        try {
            pending.add(new Pending(now.plus(delay.isNegative() ? Duration.ZERO : delay), sequence++, action));
        } finally {
            lock.unlock();
        }
    }

    /** Moves the clock forward by {@code step}, running each action due on the way at its instant. */
    public void advance(Duration step) {
        Instant target = instant().plus(step);
        while (true) {
            Pending next;
            lock.lock();
            try {
                next = pending.peek();
                if (next == null || next.due().isAfter(target)) {
                    now = target;
                    return;
                }
                pending.poll();
                now = next.due();
            } finally {
                lock.unlock();
            }
            next.action().run();
        }
    }

    /** The actions still waiting, as a count (a test asserts nothing is left hanging). */
    public int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Instant instant() {
        lock.lock();
        try {
            return now;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone; it shares nothing with this clock, so only UTC is supported. */
    @Override
    public Clock withZone(ZoneId other) {
        if (!other.equals(zone)) {
            throw new UnsupportedOperationException("a manual lab clock runs in " + zone);
        }
        return this;
    }
}
