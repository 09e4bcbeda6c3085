package dev.iosemu.net.ftp;

import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The uploads of one FTP session: each is written to a hidden sibling file and moved over the target
 * when the server closes it, so no reader ever sees a half-written file under the target name. MINA
 * closes the file on failure too, so the verdict arrives afterwards ({@link #settle}) and removes a file
 * whose transfer failed.
 *
 * <p>Thread-safe: {@link #lock} guards both sets, since a session's disconnect may run on another thread
 * than its commands.
 */
final class Uploads {
    private static final String PREFIX = AtomicWrite.STAGING_PREFIX + "ftp-";

    private final ReentrantLock lock = new ReentrantLock();
    /** Hidden files still being written; guarded by {@link #lock}. */
    private final Set<Path> writing = new HashSet<>();
    /** Targets moved into place whose transfer's reply is not known yet; guarded by {@link #lock}. */
    private final List<Path> unsettled = new ArrayList<>();

    /** Whether a folder entry is the hidden file of an upload in progress (listings skip them). */
    static boolean isHidden(Path entry) {
        Path name = entry.getFileName();
        return name != null && name.toString().startsWith(PREFIX);
    }

    /** Opens a stream that lands on {@code target} when closed. */
    OutputStream open(Path target) throws IOException {
        Path hidden = target.resolveSibling(
                PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-" + target.getFileName());
        AtomicWrite write = AtomicWrite.begin(hidden, target);
        withLock(() -> writing.add(hidden));
        return new Landing(write);
    }

    /** Records the reply to the last upload: a failed one is removed. */
    void settle(boolean succeeded) {
        List<Path> targets = new ArrayList<>();
        withLock(() -> {
            targets.addAll(unsettled);
            unsettled.clear();
        });
        if (!succeeded) {
            targets.forEach(Uploads::deleteQuietly);
        }
    }

    /** Removes the hidden files of uploads that never finished (the session ended). */
    void discardAll() {
        List<Path> hidden = new ArrayList<>();
        withLock(() -> {
            hidden.addAll(writing);
            writing.clear();
            unsettled.clear();
        });
        hidden.forEach(Uploads::deleteQuietly);
    }

    private void land(AtomicWrite write) throws IOException {
        try {
            write.commit();
        } finally {
            write.close();
            withLock(() -> writing.remove(write.stagingFile()));
        }
        withLock(() -> unsettled.add(write.target()));
    }

    private void withLock(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: a leftover hidden file is skipped by listings
        }
    }

    /** Writes the hidden file and moves it into place on the first close. Used by one MINA thread. */
    private final class Landing extends OutputStream {
        private final AtomicWrite write;
        private boolean closed; // owned by the MINA thread

        Landing(AtomicWrite write) {
            this.write = write;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer chunk = ByteBuffer.wrap(bytes, offset, length);
            while (chunk.hasRemaining()) {
                write.channel().write(chunk);
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                land(write);
            }
        }
    }
}
