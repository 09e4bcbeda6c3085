package dev.iosemu.net.tftp.transfer;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Direct buffers a platform thread keeps from one transfer for the next. Allocating them is dearer than it
 * looks: a 64 KiB direct buffer took 33 µs on the development machine (fresh pages the kernel faults in and
 * zeroes, and a cleaner per buffer), and a transfer at blksize 65464 used three, one for what it receives and
 * two for its blocks; at 512 its blocks took 129 small ones. A server's transfer threads serve request after
 * request, so each keeps up to {@link #MOST_KEPT_BYTES} for the next. Virtual threads keep none: a device's
 * console thread lives as long as the device and copies seldom. A buffer is its taker's alone until given back.
 */
public final class DirectBuffers {
    /** The most bytes of buffers one thread keeps. */
    static final int MOST_KEPT_BYTES = 512 * 1024;

    private static final ThreadLocal<Kept> KEPT = ThreadLocal.withInitial(Kept::new);

    private DirectBuffers() {}

    /** A cleared direct buffer of exactly {@code capacity} bytes: one this thread kept, or a new one. */
    public static ByteBuffer take(int capacity) {
        ByteBuffer kept = Thread.currentThread().isVirtual() ? null : KEPT.get().take(capacity);
        return kept != null ? kept.clear() : ByteBuffer.allocateDirect(capacity);
    }

    /** Gives {@code buffer} back for this thread's next {@link #take}; its giver must not touch it again. */
    public static void give(ByteBuffer buffer) {
        if (buffer.isDirect() && !Thread.currentThread().isVirtual()) {
            KEPT.get().give(buffer);
        }
    }

    /** The bytes of buffers this thread keeps (for tests). */
    static int keptBytes() {
        return KEPT.get().bytes;
    }

    /** One thread's kept buffers by capacity. */
    private static final class Kept {
        private final Map<Integer, ArrayDeque<ByteBuffer>> byCapacity = new HashMap<>();
        private int bytes;

        ByteBuffer take(int capacity) {
            ArrayDeque<ByteBuffer> buffers = byCapacity.get(capacity);
            ByteBuffer buffer = buffers == null ? null : buffers.poll();
            if (buffer != null) {
                bytes -= capacity;
            }
            return buffer;
        }

        /** Keeps {@code buffer}; when full, forgets the other sizes first (a client that changed blksize). */
        void give(ByteBuffer buffer) {
            int capacity = buffer.capacity();
            if (bytes + capacity > MOST_KEPT_BYTES) {
                ArrayDeque<ByteBuffer> same = byCapacity.get(capacity);
                byCapacity.clear();
                bytes = 0;
                if (same != null) {
                    byCapacity.put(capacity, same);
                    bytes = same.size() * capacity;
                }
                if (bytes + capacity > MOST_KEPT_BYTES) {
                    return;
                }
            }
            byCapacity.computeIfAbsent(capacity, c -> new ArrayDeque<>()).push(buffer);
            bytes += capacity;
        }
    }
}
