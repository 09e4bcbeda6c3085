package dev.iosemu.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what one logger (by {@link System.Logger} name, as the JDK routes it to java.util.logging)
 * records at {@code level} and above, without letting it reach the test's console; {@link #close()}
 * restores the logger. Thread-safe: servers log from their own threads.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final Level previousLevel;
    private final boolean previousParents;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();

    private LogCapture(String name, Level level) {
        logger = Logger.getLogger(name);
        previousLevel = logger.getLevel();
        previousParents = logger.getUseParentHandlers();
        logger.setLevel(level);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    /** Captures logger {@code owner}'s records of {@code level} and above. */
    public static LogCapture of(Class<?> owner, Level level) {
        return named(owner.getName(), level);
    }

    /** Captures the records of the logger called {@code name} (a class the test cannot see). */
    public static LogCapture named(String name, Level level) {
        return new LogCapture(name, level);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The first record matching {@code wanted}, waiting up to 10 s for a logging thread to write it. */
    public LogRecord await(Predicate<LogRecord> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        lock.lock();
        try {
            while (true) {
                for (LogRecord record : records) {
                    if (wanted.test(record)) {
                        return record;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such log record among " + messages());
                }
                arrived.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The formatted messages so far. */
    public List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void publish(LogRecord record) {
        lock.lock();
        try {
            records.add(record);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(previousParents);
        logger.setLevel(previousLevel);
    }
}
