package dev.iosemu.fs.copy;

import dev.iosemu.fs.NotEnoughSpaceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;

/**
 * Collects the bytes for a {@link BufferSink} in the heap, held to the heap's room as a file in a heap file
 * system is, and hands them over only on commit. Copying thread only.
 */
final class BufferStaging implements DestinationStaging {
    /** Java arrays end a little short of 2 GiB. */
    private static final long MAX = Integer.MAX_VALUE - 16;

    private final BufferSink sink;
    private final HeapBudget.Reservation heap; // the buffer's bytes, until it is handed over or dropped
    private final Buffer buffer = new Buffer();

    BufferStaging(BufferSink sink, HeapBudget budget) {
        this.sink = sink;
        this.heap = budget.reservation();
    }

    @Override
    public void reserve(long size) throws NotEnoughSpaceException {
        if (size > MAX || !heap.grow(size)) {
            throw new NotEnoughSpaceException("memory", size, 0);
        }
    }

    @Override
    public WritableByteChannel open() {
        return heap.keeping(Channels.newChannel(buffer), () -> new NotEnoughSpaceException("memory", -1, 0));
    }

    @Override
    public void commit() throws IOException {
        try {
            sink.accept(buffer.bytes(), buffer.size());
        } finally {
            heap.close();
        }
    }

    @Override
    public void abort() {
        buffer.reset();
        heap.close();
    }

    /** A byte array stream that lends its array instead of copying it. */
    private static final class Buffer extends ByteArrayOutputStream {
        byte[] bytes() {
            return buf;
        }
    }
}
