package dev.iosemu.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * The collector's work and the process's CPU over one transfer: collections, their summed time (pauses
 * and, for collectors that report it, concurrent cycles) and the CPU seconds of all threads per GiB, figures
 * that a busy machine stretches far less than the wall clock.
 */
final class GcProbe {
    private static final double GIB = 1L << 30;

    private final long collections;
    private final long collectionMillis;
    private final long cpuNanos;

    private GcProbe(long collections, long collectionMillis, long cpuNanos) {
        this.collections = collections;
        this.collectionMillis = collectionMillis;
        this.cpuNanos = cpuNanos;
    }

    static GcProbe start() {
        return new GcProbe(collections(), collectionMillis(), cpuNanos());
    }

    /** What happened since {@link #start}, for a transfer of {@code bytes}. */
    String describe(long bytes) {
        return String.format(
                Locale.ROOT,
                "collector (%s): %d collections, %d ms; process CPU %.2f s per GiB",
                names(),
                collections() - collections,
                collectionMillis() - collectionMillis,
                (cpuNanos() - cpuNanos) / 1e9 / (bytes / GIB));
    }

    private static List<GarbageCollectorMXBean> beans() {
        return ManagementFactory.getGarbageCollectorMXBeans();
    }

    private static String names() {
        return String.join(
                ", ", beans().stream().map(GarbageCollectorMXBean::getName).toList());
    }

    private static long collections() {
        return beans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long collectionMillis() {
        return beans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
