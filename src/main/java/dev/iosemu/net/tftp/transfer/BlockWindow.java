package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.wire.TftpCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.ScatteringByteChannel;

/**
 * The DATA packets of the current window, read once from the source into direct buffers laid out as whole
 * datagrams (header then payload) so they are sent, and resent, without copying; a window is read with one
 * scattering read where the source allows. There are buffers for two windows, so the next window can be read
 * while the peer is still acknowledging the current one ({@link #prefetch}). Not thread-safe.
 */
final class BlockWindow {
    private final ReadableByteChannel source;
    private final int blockSize;
    private final ByteBuffer[] frames; // frames[block % length], two windows' worth, allocated on first use
    private final ByteBuffer[] payloads; // the frames of one read-ahead, in block order
    private long lastRead; // highest absolute block read so far
    private long finalBlock = -1; // absolute number of the short last block, once read

    BlockWindow(ReadableByteChannel source, int blockSize, int windowSize) {
        this.source = source;
        this.blockSize = blockSize;
        this.frames = new ByteBuffer[2 * windowSize];
        this.payloads = new ByteBuffer[windowSize];
    }

    /** The last block's number, or -1 while the source has not yet come to its end. */
    long finalBlock() {
        return finalBlock;
    }

    /**
     * The datagram of {@code block}. If it has not been read yet, it is read together with the following
     * blocks up to {@code windowEnd} (exclusive), in one scattering read where the source allows it. A block
     * may be fetched again while it is still within the window.
     */
    ByteBuffer frame(long block, long windowEnd) throws IOException {
        if (block > lastRead) {
            readAhead(block, (int) Math.max(1, windowEnd - block));
        }
        return slot(block).position(0);
    }

    /**
     * Reads the blocks from {@code first}, the first one not yet sent, up to the end of the window that will
     * start there, unless they have been read already or the source has ended. Called once a window is on its
     * way, it takes reading the file out of the time between an ACK and the next DATA.
     */
    void prefetch(long first, int count) throws IOException {
        if (finalBlock < 0 && first == lastRead + 1) {
            readAhead(first, count);
        }
    }

    private void readAhead(long first, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            payloads[i] = slot(first + i).clear().position(TftpCodec.DATA_HEADER_SIZE);
        }
        if (source instanceof ScatteringByteChannel scattering) {
            fillAll(scattering, count);
        } else {
            fillEach(count);
        }
        for (int i = 0; i < count; i++) {
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

    private void fillAll(ScatteringByteChannel scattering, int count) throws IOException {
        int index = 0;
        while (index < count && scattering.read(payloads, index, count - index) >= 0) {
            while (index < count && !payloads[index].hasRemaining()) {
                index++;
            }
        }
    }

    private void fillEach(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            ByteBuffer payload = payloads[i];
            while (payload.hasRemaining() && source.read(payload) >= 0) {
                // a channel may return fewer bytes than asked for before its end
            }
            if (payload.hasRemaining()) {
                return;
            }
        }
    }

    /** Payload bytes of a block still in the window. */
    int payloadLength(long block) {
        return slot(block).limit() - TftpCodec.DATA_HEADER_SIZE;
    }

    private ByteBuffer slot(long block) {
        int index = (int) (block % frames.length);
        ByteBuffer frame = frames[index];
        if (frame == null) {
            frame = ByteBuffer.allocateDirect(TftpCodec.DATA_HEADER_SIZE + blockSize);
            frames[index] = frame;
        }
        return frame;
    }
}
