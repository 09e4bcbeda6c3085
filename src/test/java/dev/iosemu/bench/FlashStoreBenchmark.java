package dev.iosemu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * What storing a download's blocks into a c1941's flash costs over many copies in one JVM, the part of the
 * device's path that the bare TFTP client does not pay: the copy engine writes blocks already in memory into
 * flash (staged, committed, deleted again) as {@code scripts/bench cost}'s "flash only" row does, but over
 * enough copies that the collector's sizing of the heap shows (a young generation that keeps growing puts
 * each copy's blocks into heap pages the kernel first faults in and zeroes). Prints the copying thread's CPU
 * per block (precise, from the JVM), the collector's and the JIT's, means over the measured copies.
 *
 * <p>Run: {@code scripts/bench store [MiB, default 30] [measured copies, default 50] [blksize,..., default
 * 512,8192]}; 10 unmeasured copies come first at each block size.
 */
public final class FlashStoreBenchmark {
    private static final int WARM_UP_COPIES = 10;

    private FlashStoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        long size = (args.length > 0 ? Long.parseLong(args[0]) : 30) << 20;
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String[] blockSizes = (args.length > 2 ? args[2] : "512,8192").split(",");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(
                Locale.ROOT,
                "Storing into c1941 flash, %d MiB a copy, means of %d copies after %d, load average %.1f%n",
                size >> 20,
                copies,
                WARM_UP_COPIES,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-8s %16s %12s %8s%n", "blksize", "copying us/blk", "collector", "JIT");
        try (FlashStoreCost store = new FlashStoreCost()) {
            for (String each : blockSizes) {
                int blockSize = Integer.parseInt(each);
                for (int i = 0; i < WARM_UP_COPIES; i++) {
                    store.storeUnmeasured(size, blockSize);
                }
                ThreadCpu before = ThreadCpu.now();
                long copying = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < copies; i++) {
                    store.storeUnmeasured(size, blockSize);
                }
                copying = threads.getCurrentThreadCpuTime() - copying;
                ThreadCpu.Split all = ThreadCpu.now().since(before);
                double blocks = (double) copies * (size / blockSize);
                System.out.printf(
                        Locale.ROOT,
                        "%-8d %16.2f %12.2f %8.2f%n",
                        blockSize,
                        copying / 1e3 / blocks,
                        all.collector() / 1e3 / blocks,
                        all.compiler() / 1e3 / blocks);
            }
        }
        System.out.println("copying: the thread that runs the copy engine (CPU time from the JVM, in nanoseconds);");
        System.out.println("collector: the collector's threads and the VM thread; JIT: the compiler threads.");
    }
}
