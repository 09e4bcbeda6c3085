package dev.iosemu.app;

import dev.iosemu.profile.ProfileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs one task per item on virtual threads, as many at once as the machine has processors to carry them
 * (building and booting a lab's devices is CPU work), and hands back every result in the items' order.
 */
final class InParallel {
    /** One item's work. */
    @FunctionalInterface
    interface Task<T, R> {
        R run(T item) throws Exception;
    }

    private InParallel() {}

    /**
     * The results of {@code task} on each item, in order. Every task runs to its end; each result is given to
     * {@code made} first, even when another task failed (so a caller can close what was made), and then the
     * first failure is thrown, the others suppressed in it.
     */
    static <T, R> List<R> map(List<T> items, Task<T, R> task, Consumer<R> made) throws IOException, ProfileException {
        List<Future<R>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T item : items) {
                futures.add(threads.submit(() -> task.run(item)));
            }
        } // waits for every task
        List<R> results = new ArrayList<>();
        Throwable failure = null;
        for (Future<R> future : futures) {
            try {
                R result = future.get();
                made.accept(result);
                results.add(result);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause();
                } else {
                    failure.addSuppressed(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the lab started", e);
            }
        }
        return switch (failure) {
            case null -> results;
            case IOException e -> throw e;
            case ProfileException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IOException(failure);
        };
    }
}
