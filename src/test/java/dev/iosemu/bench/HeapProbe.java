package dev.iosemu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.List;

/** Heap figures around a transfer: used heap after a full GC, and the peak of the heap pools since a reset. */
final class HeapProbe {
    static final long MIB = 1024 * 1024;

    private HeapProbe() {}

    /** Used heap after asking for a full collection (twice: the first may only queue finalisable garbage). */
    static long usedAfterGc() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * The heap live after a full collection, as steady as it can be measured: each heap pool's usage right after
     * its last collection (what the collector kept, so nothing allocated since counts), collections repeated
     * while that still shrinks (a thread that is closing may hold garbage for a moment), then {@code repeats}
     * more collections, whose readings give the median and the spread.
     */
    static Live liveAfterGc(int repeats) throws InterruptedException {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long now = keptByLastCollection();
            if (now > previous - previous / 512) { // within 0.2 % of the last: settled
                break;
            }
            previous = now;
            Thread.sleep(200); // a bench, not a test: lets closing threads finish
        }
        long[] readings = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            readings[i] = keptByLastCollection();
            Thread.sleep(50);
        }
        Arrays.sort(readings);
        return new Live(readings[repeats / 2], readings[0], readings[repeats - 1]);
    }

    /**
     * Bytes of live heap: the median of several readings and their least and greatest.
     *
     * @param median the median reading
     * @param least the least reading
     * @param most the greatest reading
     */
    record Live(long median, long least, long most) {}

    /** A full collection, then what it kept in all heap pools. */
    private static long keptByLastCollection() {
        System.gc();
        return heapPools().stream()
                .map(MemoryPoolMXBean::getCollectionUsage)
                .filter(usage -> usage != null)
                .mapToLong(MemoryUsage::getUsed)
                .sum();
    }

    static void resetPeak() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound on the heap in use at any moment. */
    static long peak() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
