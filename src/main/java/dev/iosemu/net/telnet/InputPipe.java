package dev.iosemu.net.telnet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The keystrokes between a connection's reader, which decodes the socket, and the handler, which reads
 * them as an {@link InputStream}: a bounded ring that blocks the reader when full (so TCP holds back the
 * client and no type-ahead is lost) and the handler when empty.
 *
 * <p>Thread-safe; one writer and one reader. A {@link ReentrantLock}, not {@code synchronized}, because both
 * sides are virtual threads that block here.
 */
final class InputPipe extends InputStream {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private final byte[] ring;
    private final byte[] single = new byte[1];

    // guarded by lock
    private int head;
    private int count;
    private boolean writerClosed;
    private boolean readerClosed;

    InputPipe(int capacity) {
        ring = new byte[capacity];
    }

    /** Adds keystrokes, waiting while the ring is full; dropped once the reader has closed. */
    void write(byte[] bytes) throws InterruptedIOException {
        int written = 0;
        lock.lock();
        try {
            while (written < bytes.length && !readerClosed) {
                while (count == ring.length && !readerClosed) {
                    await(writable);
                }
                int chunk = Math.min(bytes.length - written, ring.length - count);
                for (int i = 0; i < chunk; i++) {
                    ring[(head + count++) % ring.length] = bytes[written++];
                }
                readable.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** No more keystrokes: the reader sees end of stream once it has read what is queued. */
    void closeWriter() {
        lock.lock();
        try {
            writerClosed = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read() throws IOException {
        lock.lock();
        try {
            return read(single, 0, 1) < 0 ? -1 : single[0] & 0xff;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length == 0) {
            return 0;
        }
        lock.lock();
        try {
            while (count == 0) {
                if (readerClosed) {
                    throw new IOException("Stream closed");
                }
                if (writerClosed) {
                    return -1;
                }
                await(readable);
            }
            int n = Math.min(length, count);
            for (int i = 0; i < n; i++) {
                bytes[offset + i] = ring[head];
                head = (head + 1) % ring.length;
            }
            count -= n;
            writable.signalAll();
            return n;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int available() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** The handler is done reading: queued and later keystrokes are dropped, and the writer never waits. */
    @Override
    public void close() {
        lock.lock();
        try {
            readerClosed = true;
            count = 0;
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static void await(Condition condition) throws InterruptedIOException {
        try {
            condition.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for keystrokes");
        }
    }
}
