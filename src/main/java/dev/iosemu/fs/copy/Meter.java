package dev.iosemu.fs.copy;

import dev.iosemu.fs.CopyCancelledException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * Counts the bytes of one copy, reports progress, and stops the copy when it is cancelled or its
 * thread interrupted. Confined to the copying thread.
 */
final class Meter {
    private final CopyProgress progress;
    private final CancelToken cancel;
    private long bytes;
    private IOException failure;

    Meter(CopyProgress progress, CancelToken cancel) {
        this.progress = progress;
        this.cancel = cancel;
    }

    long bytes() {
        return bytes;
    }

    /** Throws {@link CopyCancelledException} if the copy should stop; keeps the interrupt flag. */
    void checkCancelled() throws CopyCancelledException {
        if (cancel.isCancelled()) {
            throw new CopyCancelledException("copy cancelled");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new CopyCancelledException("copy interrupted");
        }
    }

    /**
     * Remembers the first failure handed to a source, so a source that swallows it cannot get a
     * partial file committed.
     */
    IOException recorded(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Throws the first failure a source was handed, if any. */
    void rethrowRecorded() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    WritableByteChannel counting(WritableByteChannel target) {
        return new WritableByteChannel() {
            @Override
            public int write(ByteBuffer source) throws IOException {
                try {
                    checkCancelled();
                    int written = target.write(source);
                    advance(written);
                    return written;
                } catch (IOException e) {
                    throw recorded(e);
                }
            }

            @Override
            public boolean isOpen() {
                return target.isOpen();
            }

            @Override
            public void close() {
                // The engine owns the target and closes it on commit or abort.
            }
        };
    }

    ReadableByteChannel counting(ReadableByteChannel source) {
        return new ReadableByteChannel() {
            @Override
            public int read(ByteBuffer target) throws IOException {
                try {
                    checkCancelled();
                    int read = source.read(target);
                    if (read > 0) {
                        advance(read);
                    }
                    return read;
                } catch (IOException e) {
                    throw recorded(e);
                }
            }

            @Override
            public boolean isOpen() {
                return source.isOpen();
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }

    private void advance(int count) {
        bytes += count;
        progress.bytesCopied(bytes);
    }
}
