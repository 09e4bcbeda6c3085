package dev.iosemu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of this process's threads from {@code /proc/self/task/N/schedstat} (nanoseconds, where the JVM's
 * own process CPU figure counts in 10 ms ticks), split into the collector's threads, the JIT compiler's and the
 * rest (the transfer itself, on whichever threads it runs). A thread that ends between two snapshots takes its
 * time with it; the transfers measured here run on threads that outlive them.
 */
final class ThreadCpu {
    /** CPU nanoseconds of the three kinds of thread. */
    record Split(long work, long collector, long compiler) {
        long total() {
            return work + collector + compiler;
        }
    }

    private final Map<String, Long> nanos; // by thread id
    private final Map<String, String> names; // by thread id

    private ThreadCpu(Map<String, Long> nanos, Map<String, String> names) {
        this.nanos = nanos;
        this.names = names;
    }

    static ThreadCpu now() throws IOException {
        Map<String, Long> nanos = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String schedstat = Files.readString(task.resolve("schedstat"));
                    String id = task.getFileName().toString();
                    nanos.put(id, Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))));
                    names.put(id, Files.readString(task.resolve("comm")).strip());
                } catch (IOException e) {
                    // the thread ended while we looked
                }
            }
        }
        return new ThreadCpu(nanos, names);
    }

    /** The CPU time each kind of thread used from {@code before} to this snapshot. */
    Split since(ThreadCpu before) {
        long work = 0;
        long collector = 0;
        long compiler = 0;
        for (Map.Entry<String, Long> thread : nanos.entrySet()) {
            long used = thread.getValue() - before.nanos.getOrDefault(thread.getKey(), 0L);
            String name = names.get(thread.getKey());
            if (name.startsWith("GC Thread") || name.startsWith("VM Thread")) {
                collector += used; // the parallel collector's workers, and the VM thread that runs its pauses
            } else if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                compiler += used;
            } else {
                work += used;
            }
        }
        return new Split(work, collector, compiler);
    }
}
