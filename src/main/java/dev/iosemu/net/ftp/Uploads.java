package dev.iosemu.net.ftp;

import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The uploads of one FTP session: each is written to a hidden sibling file and moved over the target
 * when the server closes it, so no reader ever sees a half-written file under the target name. MINA
 * closes the file on failure too (a reset data connection, 426), so the verdict arrives afterwards
 * ({@link #settle}): until then the file the upload replaced is kept aside under a hidden name (a hard
 * link, so it takes no room), and a failed upload puts it back, as a failed TFTP upload leaves the old file.
 * An upload whose own writes failed (a full disk, 551) never lands at all.
 *
 * <p>Thread-safe: {@link #lock} guards both sets, since a session's disconnect may run on another thread
 * than its commands.
 */
final class Uploads {
    private static final String PREFIX = AtomicWrite.STAGING_PREFIX + "ftp-";

    private final ReentrantLock lock = new ReentrantLock();
    /** Hidden files still being written; guarded by {@link #lock}. */
    private final Set<Path> writing = new HashSet<>();
    /** Uploads moved into place whose transfer's reply is not known yet; guarded by {@link #lock}. */
    private final List<Landed> unsettled = new ArrayList<>();

    /** An upload moved over {@code target}; {@code previous} holds the file it replaced, if there was one. */
    private record Landed(Path target, Optional<Path> previous) {}

    /** Whether a folder entry is the hidden file of an upload in progress (listings skip them). */
    static boolean isHidden(Path entry) {
        Path name = entry.getFileName();
        return name != null && name.toString().startsWith(PREFIX);
    }

    /** Opens a stream that lands on {@code target} when closed. */
    OutputStream open(Path target) throws IOException {
        Path hidden = hiddenSibling(target, "");
        AtomicWrite write = AtomicWrite.begin(hidden, target);
        withLock(() -> writing.add(hidden));
        return new Landing(write);
    }

    /** Records the reply to the last upload: a failed one gives way to the file it replaced, if any. */
    void settle(boolean succeeded) {
        for (Landed landed : takeUnsettled()) {
            if (succeeded) {
                landed.previous().ifPresent(Uploads::deleteQuietly);
            } else {
                restore(landed);
            }
        }
    }

    /**
     * Removes the hidden files of uploads that never finished (the session ended), and puts back what an
     * upload with no verdict yet replaced.
     */
    void discardAll() {
        List<Path> hidden = new ArrayList<>();
        withLock(() -> {
            hidden.addAll(writing);
            writing.clear();
        });
        hidden.forEach(Uploads::deleteQuietly);
        takeUnsettled().forEach(Uploads::restore);
    }

    private List<Landed> takeUnsettled() {
        List<Landed> landed = new ArrayList<>();
        withLock(() -> {
            landed.addAll(unsettled);
            unsettled.clear();
        });
        return landed;
    }

    private void land(AtomicWrite write) throws IOException {
        Optional<Path> previous = Optional.empty();
        try {
            previous = keepPrevious(write.target());
            write.commit();
        } catch (IOException e) {
            previous.ifPresent(Uploads::deleteQuietly);
            throw e;
        } finally {
            write.close();
            withLock(() -> writing.remove(write.stagingFile()));
        }
        Landed landed = new Landed(write.target(), previous);
        withLock(() -> unsettled.add(landed));
    }

    /** Discards an upload whose writes failed: the target is never touched. */
    private void drop(AtomicWrite write) {
        write.close();
        withLock(() -> writing.remove(write.stagingFile()));
    }

    /** A second, hidden name for the file at {@code target} (a hard link where the file system has them). */
    private static Optional<Path> keepPrevious(Path target) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path kept = hiddenSibling(target, "was-");
        try {
            Files.createLink(kept, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, kept);
        }
        return Optional.of(kept);
    }

    /** Undoes a landed upload: the kept file goes back over the target, or the target goes. */
    private static void restore(Landed landed) {
        try {
            if (landed.previous().isPresent()) {
                AtomicWrite.move(landed.previous().get(), landed.target());
            } else {
                Files.deleteIfExists(landed.target());
            }
        } catch (IOException e) {
            // the upload stays where it landed; the kept copy, a hidden staging file, goes at the next start
        }
    }

    private static Path hiddenSibling(Path target, String kind) {
        return target.resolveSibling(
                PREFIX + kind + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-" + target.getFileName());
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
        private boolean failed; // a write failed (a full disk): owned by the MINA thread

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
            try {
                while (chunk.hasRemaining()) {
                    write.channel().write(chunk);
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                if (failed) {
                    drop(write);
                } else {
                    land(write);
                }
            }
        }
    }
}
