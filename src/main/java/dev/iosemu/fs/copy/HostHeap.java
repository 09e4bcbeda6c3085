package dev.iosemu.fs.copy;

import java.io.IOException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The JVM heap, which holds every device file system: a file must fit there as well as in its file system's
 * free space, or the emulator itself would run out of memory half way through the copy. Thread-safe.
 */
public final class HostHeap {
    /** Heap kept back for the emulator itself: sessions, transfer buffers, room for the collector. */
    static final long RESERVE = 64L << 20;

    private final LongSupplier max;
    private final LongSupplier used;
    private final Runnable collect;

    /**
     * @param max the most the heap may grow to
     * @param used the heap in use now, garbage included
     * @param collect a full collection, after which {@code used} counts live objects only
     */
    HostHeap(LongSupplier max, LongSupplier used, Runnable collect) {
        this.max = max;
        this.used = used;
        this.collect = collect;
    }

    /** This JVM's heap. */
    public static HostHeap jvm() {
        Runtime runtime = Runtime.getRuntime();
        return new HostHeap(runtime::maxMemory, () -> runtime.totalMemory() - runtime.freeMemory(), System::gc);
    }

    /**
     * Whether {@code bytes} more of file data fit. What looks used may be garbage, so a first "no" is
     * checked again after a collection; a copy is rare enough to pay for one.
     */
    boolean canHold(long bytes) {
        if (roomNow() >= bytes) {
            return true;
        }
        collect.run();
        return roomNow() >= bytes;
    }

    /** The bytes of file data that fit now (zero or less: none), after a collection if none seemed to. */
    long room() {
        long room = roomNow();
        if (room > 0) {
            return room;
        }
        collect.run();
        return roomNow();
    }

    /**
     * A writer's running check: call {@link Allowance#check} before each write and {@link Allowance#wrote}
     * after it; the heap is asked again whenever half the room it last gave has been written.
     */
    public Allowance allowance() {
        return new Allowance();
    }

    /** See {@link #allowance()}. Confined to the writing thread. */
    public final class Allowance {
        private long left; // bytes that may be written before the heap is asked again

        private Allowance() {}

        /** Throws what {@code full} makes when the heap has no room for more file data. */
        public void check(Supplier<? extends IOException> full) throws IOException {
            if (left <= 0) {
                long room = room();
                if (room <= 0) {
                    throw full.get();
                }
                left = room / 2;
            }
        }

        public void wrote(long bytes) {
            left -= bytes;
        }
    }

    private long roomNow() {
        long free = max.getAsLong() - used.getAsLong() - RESERVE;
        // jimfs keeps each 4 KiB block in an array of its own: a little over the bytes themselves
        return free - free / 65;
    }
}
