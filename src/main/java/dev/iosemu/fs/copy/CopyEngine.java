package dev.iosemu.fs.copy;

import dev.iosemu.fs.CopyCancelledException;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.NotSupportedException;
import dev.iosemu.net.Ticker;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

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
    private final HeapBudget heap;

    public CopyEngine(Ticker ticker) {
        this(ticker, HeapBudget.jvm());
    }

    CopyEngine(Ticker ticker, HeapBudget heap) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.heap = Objects.requireNonNull(heap, "heap");
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
            case LocalFileDestination local -> writeStaged(source, new LocalStaging(local, heap), meter);
            case TextSink sink -> writeStaged(source, new TextStaging(sink), meter);
            case BufferSink sink -> writeStaged(source, new BufferStaging(sink, heap), meter);
            case RemoteSink sink -> upload(source, sink, meter);
        }
        return new CopyResult(meter.bytes(), Duration.ofNanos(ticker.nanos() - start));
    }

    /**
     * Starts receiving a file that a client hands to a server of the device ({@link InboundWrite}): the
     * same staging, free-space and heap checks as a copy to {@code destination}, with the server driving
     * the bytes. {@code size} is what the client announced, if anything.
     *
     * @throws dev.iosemu.fs.NotEnoughSpaceException the announced size does not fit
     * @throws IOException the destination cannot be written (read-only, a directory, a virtual file)
     * @throws IllegalArgumentException {@code destination} is a remote file, which no server of the device writes
     */
    public InboundWrite receive(CopyDestination destination, OptionalLong size) throws IOException {
        Objects.requireNonNull(size, "size");
        DestinationStaging staging =
                switch (destination) {
                    case LocalFileDestination local -> new LocalStaging(local, heap);
                    case TextSink sink -> new TextStaging(sink);
                    case BufferSink sink -> new BufferStaging(sink, heap);
                    case RemoteSink sink ->
                        throw new IllegalArgumentException("not a destination on the device: " + sink);
                };
        return InboundWrite.open(staging, size);
    }

    private static void writeStaged(CopySource source, DestinationStaging staging, Meter meter) throws IOException {
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

    private static void fill(CopySource source, DestinationStaging staging, Meter meter) throws IOException {
        if (source instanceof RemoteSource remote) {
            remote.transferTo(meter.counting(staging.open()), size -> {
                try {
                    staging.reserve(size);
                } catch (IOException e) {
                    throw meter.recorded(e);
                }
            });
            return;
        }
        try (LocalBytes local = LocalBytes.open(source)) {
            staging.reserve(local.size());
            pump(local.channel(), meter.counting(staging.open()));
        }
    }

    private static void upload(CopySource source, RemoteSink sink, Meter meter) throws IOException {
        if (source instanceof RemoteSource) {
            throw new NotSupportedException(null);
        }
        try (LocalBytes local = LocalBytes.open(source)) {
            sink.upload(meter.counting(local.channel()), local.size());
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

    /** The bytes of a device file or of text, with their size known before the first byte is read. */
    private record LocalBytes(long size, ReadableByteChannel channel) implements Closeable {
        static LocalBytes open(CopySource source) throws IOException {
            return switch (source) {
                case LocalFileSource file -> {
                    long size = file.fileSystem().size(file.path());
                    yield new LocalBytes(
                            size, Channels.newChannel(file.fileSystem().openRead(file.path())));
                }
                case TextSource text -> {
                    byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
                    yield new LocalBytes(bytes.length, Channels.newChannel(new ByteArrayInputStream(bytes)));
                }
                case RemoteSource remote -> throw new IllegalArgumentException("not a local source");
            };
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
