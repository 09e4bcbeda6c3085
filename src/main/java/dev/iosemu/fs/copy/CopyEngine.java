package dev.iosemu.fs.copy;

import dev.iosemu.fs.CopyCancelledException;
import dev.iosemu.fs.FsErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.time.Duration;
import java.util.Objects;

/**
 * Copies a {@link CopySource} to a {@link CopyDestination}: checks free space before the first byte
 * when the size is known, reports progress, honours cancellation, and commits a local destination
 * atomically so a failed, cancelled or interrupted copy leaves the device exactly as it was.
 *
 * <p>Stateless apart from the injected ticker; one engine may run many copies at once, each on the
 * calling thread.
 */
public final class CopyEngine {
    private static final int CHUNK = 64 * 1024;

    private final Ticker ticker;

    public CopyEngine(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /**
     * Runs one copy on the calling thread.
     *
     * @throws dev.iosemu.fs.NotEnoughSpaceException the destination cannot hold the file
     * @throws CopyCancelledException {@code cancel} was cancelled or the thread interrupted
     * @throws IOException the source or destination failed; {@link FsErrors#reason} names why
     */
    public CopyResult copy(CopySource source, CopyDestination destination, CopyProgress progress, CancelToken cancel)
            throws IOException {
        Objects.requireNonNull(source, "source");
        Meter meter = new Meter(Objects.requireNonNull(progress, "progress"), Objects.requireNonNull(cancel, "cancel"));
        long start = ticker.nanos();
        meter.checkCancelled();
        switch (destination) {
            case LocalFileDestination local -> writeStaged(source, new LocalStaging(local), meter);
            case TextSink sink -> writeStaged(source, new TextStaging(sink), meter);
            case RemoteSink sink -> upload(source, sink, meter);
        }
        return new CopyResult(meter.bytes(), Duration.ofNanos(ticker.nanos() - start));
    }

    private static void writeStaged(CopySource source, Staging staging, Meter meter) throws IOException {
        boolean committed = false;
        try {
            fill(source, staging, meter);
            meter.rethrowRecorded();
            meter.checkCancelled();
            staging.commit();
            committed = true;
        } catch (ClosedByInterruptException e) {
            throw cancelled(e);
        } finally {
            if (!committed) {
                staging.abort();
            }
        }
    }

    private static void fill(CopySource source, Staging staging, Meter meter) throws IOException {
        switch (source) {
            case LocalFileSource local -> {
                staging.reserve(local.fileSystem().size(local.path()));
                try (InputStream in = local.fileSystem().openRead(local.path())) {
                    pump(Channels.newChannel(in), meter.counting(staging.open()));
                }
            }
            case TextSource text -> {
                byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
                staging.reserve(bytes.length);
                writeFully(ByteBuffer.wrap(bytes), meter.counting(staging.open()));
            }
            case RemoteSource remote ->
                remote.transferTo(meter.counting(staging.open()), size -> {
                    try {
                        staging.reserve(size);
                    } catch (IOException e) {
                        throw meter.recorded(e);
                    }
                });
        }
    }

    private static void upload(CopySource source, RemoteSink sink, Meter meter) throws IOException {
        try {
            switch (source) {
                case LocalFileSource local -> {
                    long size = local.fileSystem().size(local.path());
                    try (InputStream in = local.fileSystem().openRead(local.path())) {
                        sink.upload(meter.counting(Channels.newChannel(in)), size);
                    }
                }
                case TextSource text -> {
                    byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
                    sink.upload(meter.counting(Channels.newChannel(new ByteArrayInputStream(bytes))), bytes.length);
                }
                case RemoteSource remote -> throw new FileSystemException(null, null, FsErrors.NOT_SUPPORTED);
            }
            meter.rethrowRecorded();
        } catch (ClosedByInterruptException e) {
            throw cancelled(e);
        }
    }

    private static void pump(ReadableByteChannel in, WritableByteChannel out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        while (in.read(buffer) >= 0) {
            buffer.flip();
            writeFully(buffer, out);
            buffer.clear();
        }
    }

    private static void writeFully(ByteBuffer buffer, WritableByteChannel out) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private static CopyCancelledException cancelled(ClosedByInterruptException cause) {
        CopyCancelledException cancelled = new CopyCancelledException("copy interrupted");
        cancelled.initCause(cause);
        return cancelled;
    }
}
