package dev.iosemu.fs.copy;

import dev.iosemu.fs.local.ImageStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The JVM heap as one budget for the file data of every in-memory file system in the process (each device's
 * flash and nvram, the lab's served folder): a file must fit there as well as in its own file system, or the
 * emulator itself would run out of memory half way through a copy. The file systems in the heap are counted
 * by what they {@link #hold}; a copy reserves its bytes before writing them ({@link #reservation}), atomically,
 * so two copies never both take the last room. Nothing here probes the collector or forces a collection.
 * Thread-safe.
 */
public final class HeapBudget {
    /** Heap kept back for the emulator itself: sessions, transfer buffers, room for the collector. */
    static final long RESERVE = 64L << 20;

    /** How much a reservation grows at once when the size is not known: few atomic steps, little held back. */
    static final long GROWTH = 4L << 20;

    private static final HeapBudget JVM = jvmBudget();

    private final long capacity;
    private final Set<Hold> holds = ConcurrentHashMap.newKeySet();
    private final AtomicLong reserved = new AtomicLong(); // bytes promised to copies and not yet written

    /** A budget for a heap that may grow to {@code maxHeap} bytes. */
    HeapBudget(long maxHeap) {
        long usable = maxHeap - RESERVE;
        // jimfs keeps each block in an array of its own: a little over the bytes themselves
        this.capacity = usable - usable / 65;
    }

    /** This JVM's heap, holding from the start the images its devices share ({@link ImageStore#shared()}). */
    private static HeapBudget jvmBudget() {
        HeapBudget budget = new HeapBudget(Runtime.getRuntime().maxMemory());
        budget.hold(() -> ImageStore.shared().heapBytes());
        return budget;
    }

    /** The one budget of this JVM, shared by every device and lab in it. */
    public static HeapBudget jvm() {
        return JVM;
    }

    /**
     * Counts the file data {@code heldBytes} reports (an in-memory file system's used bytes) against the
     * budget until the returned hold is closed.
     */
    public Hold hold(LongSupplier heldBytes) {
        Hold hold = new Hold(Objects.requireNonNull(heldBytes, "heldBytes"));
        holds.add(hold);
        return hold;
    }

    /** The file data that still fits: zero or less means none. */
    long room() {
        return capacity - held() - reserved.get();
    }

    /** An empty reservation for one copy, to grow before its bytes are written and close when it ends. */
    public Reservation reservation() {
        return new Reservation();
    }

    private long held() {
        long sum = 0;
        for (Hold hold : holds) {
            sum += hold.heldBytes.getAsLong();
        }
        return sum;
    }

    /** An in-memory file system counted against the budget; closing it stops the counting. */
    public final class Hold implements AutoCloseable {
        private final LongSupplier heldBytes;

        private Hold(LongSupplier heldBytes) {
            this.heldBytes = heldBytes;
        }

        @Override
        public void close() {
            holds.remove(this);
        }
    }

    /**
     * Bytes promised to one copy. Each byte written moves from the reservation to the file system that now
     * holds it; closing gives back the rest. Confined to the copying thread; the budget it draws on is shared.
     */
    public final class Reservation implements AutoCloseable {
        private long remaining;

        private Reservation() {}

        /**
         * {@code target} writing against this reservation, grown as the bytes come: a write that no room is
         * left for throws what {@code full} makes instead of running the heap out. Closing the channel closes
         * {@code target} only; the reservation ends with {@link #close()}.
         */
        public WritableByteChannel checked(WritableByteChannel target, Supplier<? extends IOException> full) {
            return new CheckedChannel(target, this, full, true);
        }

        /**
         * The same for a target that no file system holds, a buffer in the heap: what is written stays
         * reserved until {@link #close()}.
         */
        WritableByteChannel keeping(WritableByteChannel target, Supplier<? extends IOException> full) {
            return new CheckedChannel(target, this, full, false);
        }

        /** Takes {@code bytes} more if they fit beside everything held and reserved; false leaves it as it was. */
        boolean grow(long bytes) {
            long held = held();
            while (true) {
                long now = reserved.get();
                if (capacity - held - now < bytes) {
                    return false;
                }
                if (reserved.compareAndSet(now, now + bytes)) {
                    remaining += bytes;
                    return true;
                }
            }
        }

        long remaining() {
            return remaining;
        }

        /** {@code bytes} were written into a file system the budget holds, which counts them from now on. */
        void consume(long bytes) {
            long consumed = Math.min(bytes, remaining);
            remaining -= consumed;
            reserved.addAndGet(-consumed);
        }

        /** Gives back what was reserved and not written; idempotent. */
        @Override
        public void close() {
            reserved.addAndGet(-remaining);
            remaining = 0;
        }
    }

    private static final class CheckedChannel implements WritableByteChannel {
        private final WritableByteChannel target;
        private final Reservation reservation;
        private final Supplier<? extends IOException> full;
        private final boolean heldByStore; // a file system the budget holds counts what is written

        CheckedChannel(
                WritableByteChannel target,
                Reservation reservation,
                Supplier<? extends IOException> full,
                boolean heldByStore) {
            this.target = target;
            this.reservation = reservation;
            this.full = full;
            this.heldByStore = heldByStore;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            long shortfall = source.remaining() - reservation.remaining();
            if (shortfall > 0 && !reservation.grow(Math.max(shortfall, GROWTH)) && !reservation.grow(shortfall)) {
                throw full.get();
            }
            int written;
            try {
                written = target.write(source);
            } catch (OutOfMemoryError e) {
                throw full.get(); // the heap ran out before the budget did: fail as a full file system does
            }
            if (heldByStore) {
                reservation.consume(written);
            }
            return written;
        }

        @Override
        public boolean isOpen() {
            return target.isOpen();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}
