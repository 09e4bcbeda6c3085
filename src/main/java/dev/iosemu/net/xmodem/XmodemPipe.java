package dev.iosemu.net.xmodem;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two connected in-memory links, as a console line and the terminal program at its other end: what one end
 * writes, the other reads. Closing either end ends the stream for both (reads then return -1 once drained).
 * Each end is used by one thread; the two ends by two threads.
 */
public final class XmodemPipe {
    private final Direction towardsNear = new Direction();
    private final Direction towardsFar = new Direction();

    /** The end a loader reads (what the far end sent) and writes to. */
    public XmodemLink near() {
        return new End(towardsNear, towardsFar);
    }

    /** The end a terminal program uses. */
    public XmodemLink far() {
        return new End(towardsFar, towardsNear);
    }

    private void closeBoth() {
        towardsNear.close();
        towardsFar.close();
    }

    private final class End implements XmodemLink {
        private final Direction in;
        private final Direction out;

        End(Direction in, Direction out) {
            this.in = in;
            this.out = out;
        }

        @Override
        public int read(Duration timeout) throws IOException {
            return in.take(timeout);
        }

        @Override
        public void write(byte... bytes) throws IOException {
            out.put(bytes);
        }

        @Override
        public void close() {
            closeBoth();
        }
    }

    /** The bytes travelling one way: a bounded ring guarded by its lock. */
    private static final class Direction {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final byte[] ring = new byte[16 * 1024];
        private int head; // next byte to read; guarded by lock
        private int count; // bytes held; guarded by lock
        private boolean closed; // guarded by lock

        int take(Duration timeout) throws IOException {
            long nanos = timeout.toNanos();
            lock.lock();
            try {
                while (count == 0 && !closed) {
                    if (nanos <= 0) {
                        return XmodemLink.TIMEOUT;
                    }
                    nanos = changed.awaitNanos(nanos);
                }
                if (count == 0) {
                    return -1;
                }
                int b = ring[head] & 0xFF;
                head = (head + 1) % ring.length;
                count--;
                changed.signalAll();
                return b;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading");
            } finally {
                lock.unlock();
            }
        }

        void put(byte[] bytes) throws IOException {
            lock.lock();
            try {
                for (byte b : bytes) {
                    while (count == ring.length && !closed) {
                        changed.await(1, TimeUnit.SECONDS);
                    }
                    if (closed) {
                        throw new IOException("the line is closed");
                    }
                    ring[(head + count) % ring.length] = b;
                    count++;
                }
                changed.signalAll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while writing");
            } finally {
                lock.unlock();
            }
        }

        void close() {
            lock.lock();
            try {
                closed = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
