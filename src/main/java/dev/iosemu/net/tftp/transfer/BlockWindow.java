package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.wire.TftpCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.ScatteringByteChannel;

/**
 * The DATA packets of the current window and of the blocks read ahead of it, read from the source into direct
 * buffers laid out as whole datagrams (header then payload) so they are sent, and resent, without copying.
 * Blocks are read ahead with one scattering read of up to {@link #READ_AHEAD_BYTES} where the source allows it:
 * at blksize 512, one read per 128 blocks instead of one per block, a system call less per block on the
 * lock-step path. The first read fetches just the first window, and each later one twice as many blocks as the
 * one before, up to that size, so a small file costs no more than it did. Reading ahead happens once a window is
 * on its way ({@link #prefetch}). The buffers come from the thread's {@link DirectBuffers} and go back there
 * on {@link #release}. Not thread-safe.
 */
final class BlockWindow {
    /** The most a read fetches ahead of the window. */
    static final int READ_AHEAD_BYTES = 64 * 1024;

    /** The most blocks a read fetches ahead, so tiny blocks (blksize 8 is legal) do not make thousands of buffers. */
    static final int MOST_BLOCKS_AHEAD = 128;

    private final ReadableByteChannel source;
    private final int blockSize;
    private final int mostAhead; // blocks a read may fetch beyond the window it serves
    private final ByteBuffer[] frames; // frames[block % length]: a window and a read-ahead, allocated on first use
    private final ByteBuffer[] payloads; // the frames of one read, in block order
    private int nextRead; // blocks the next read fetches, unless more are needed at once
    private long lastRead; // highest absolute block read so far
    private long finalBlock = -1; // absolute number of the short last block, once read
    private IOException failure; // a read that failed after the blocks asked for: the next read throws it

    BlockWindow(ReadableByteChannel source, int blockSize, int windowSize) {
        this.source = source;
        this.blockSize = blockSize;
        this.mostAhead = Math.max(windowSize, Math.min(MOST_BLOCKS_AHEAD, READ_AHEAD_BYTES / blockSize));
        this.frames = new ByteBuffer[windowSize + mostAhead];
        this.payloads = new ByteBuffer[mostAhead];
        this.nextRead = windowSize;
    }

    /** The last block's number, or -1 while the source has not yet come to its end. */
    long finalBlock() {
        return finalBlock;
    }

    /**
     * The datagram of {@code block}, the next one to send in the window that ends before {@code windowEnd}. If it
     * has not been read yet, it is read together with the rest of that window and perhaps more. A block may be
     * fetched again while it is still within the window.
     */
    ByteBuffer frame(long block, long windowEnd) throws IOException {
        if (block > lastRead) {
            // the window starts at windowEnd - windowSize: blocks up to windowEnd + mostAhead - 1 fit beside it
            read(block, (int) Math.max(1, windowEnd - block), windowEnd + mostAhead - 1);
        }
        return slot(block).position(0);
    }

    /**
     * Makes sure the {@code count} blocks from {@code first}, the first one not yet sent, are read, unless the
     * source has ended. Called once a window is on its way, it takes reading the file out of the time between
     * an ACK and the next DATA; the blocks still unacknowledged are those of the last window, before {@code
     * first}.
     */
    void prefetch(long first, int count) throws IOException {
        long wanted = first + count - 1;
        if (finalBlock < 0 && wanted > lastRead && first <= lastRead + 1) {
            read(lastRead + 1, (int) (wanted - lastRead), first + mostAhead - 1);
        }
    }

    /**
     * Reads the blocks from {@code first} (the one after the last read): at least {@code needed}, and as many as
     * the read-ahead has grown to, but none past {@code last}, whose buffer would still hold an unacknowledged
     * block otherwise.
     */
    private void read(long first, int needed, long last) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int count = (int) Math.min(Math.max(needed, nextRead), last - first + 1);
        nextRead = Math.min(2 * nextRead, mostAhead);
        for (int i = 0; i < count; i++) {
            payloads[i] = slot(first + i).clear().position(TftpCodec.DATA_HEADER_SIZE);
        }
        int filled = fill(count, needed);
        for (int i = 0; i < filled; i++) {
            long block = first + i;
            ByteBuffer frame = payloads[i].flip();
            TftpCodec.putDataHeader(frame, (int) (block & 0xFFFF));
            lastRead = block;
            if (frame.limit() - TftpCodec.DATA_HEADER_SIZE < blockSize) {
                finalBlock = block; // the source ended here; any later buffers stay unused
                return;
            }
        }
    }

    /**
     * Fills the first {@code count} payloads, the last one short where the source ends. A failure after the
     * first {@code needed} blocks is kept for the next read, and only the whole blocks before it count.
     *
     * @return how many payloads hold blocks: {@code count}, or fewer after a kept failure
     */
    private int fill(int count, int needed) throws IOException {
        int whole = 0;
        try {
            if (source instanceof ScatteringByteChannel scattering) {
                while (whole < count && scattering.read(payloads, whole, count - whole) >= 0) {
                    while (whole < count && !payloads[whole].hasRemaining()) {
                        whole++;
                    }
                }
            } else {
                while (whole < count && fillOne(payloads[whole])) {
                    whole++;
                }
            }
            return count;
        } catch (IOException e) {
            if (whole < needed) {
                throw e;
            }
            failure = e;
            return whole;
        }
    }

    /** Fills one payload; whether it is whole (false: the source ended in or before it). */
    private boolean fillOne(ByteBuffer payload) throws IOException {
        while (payload.hasRemaining() && source.read(payload) >= 0) {
            // a channel may return fewer bytes than asked for before its end
        }
        return !payload.hasRemaining();
    }

    /** Payload bytes of a block still in the window. */
    int payloadLength(long block) {
        return slot(block).limit() - TftpCodec.DATA_HEADER_SIZE;
    }

    private ByteBuffer slot(long block) {
        int index = (int) (block % frames.length);
        ByteBuffer frame = frames[index];
        if (frame == null) {
            frame = DirectBuffers.take(TftpCodec.DATA_HEADER_SIZE + blockSize);
            frames[index] = frame;
        }
        return frame;
    }

    /** Gives the buffers back to the thread's {@link DirectBuffers}; the window is not used again. */
    void release() {
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] != null) {
                DirectBuffers.give(frames[i]);
                frames[i] = null;
            }
        }
    }
}
