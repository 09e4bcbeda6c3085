package dev.iosemu.fs.copy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
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
     * {@code target} with a running check: before a write, when half the room the heap last gave has been
     * written, the heap is asked again, and with no room left the write throws what {@code full} makes
     * instead of running the heap out. Confined to the writing thread.
     */
    public WritableByteChannel checked(WritableByteChannel target, Supplier<? extends IOException> full) {
        return new WritableByteChannel() {
            private long allowance; // bytes that may be written before the heap is asked again

            @Override
            public int write(ByteBuffer source) throws IOException {
                if (allowance <= 0) {
                    long room = room();
                    if (room <= 0) {
                        throw full.get();
                    }
                    allowance = room / 2;
                }
                int written = target.write(source);
                allowance -= written;
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
        };
    }

    private long roomNow() {
        long free = max.getAsLong() - used.getAsLong() - RESERVE;
        // jimfs keeps each 4 KiB block in an array of its own: a little over the bytes themselves
        return free - free / 65;
    }
}
