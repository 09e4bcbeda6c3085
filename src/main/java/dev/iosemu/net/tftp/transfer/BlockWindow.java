package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.wire.TftpCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * The DATA packets of the current window, read once from the source into direct buffers laid out as whole
 * datagrams (header then payload) so they are sent, and resent, without copying. Not thread-safe.
 */
final class BlockWindow {
    private final ReadableByteChannel source;
    private final int blockSize;
    private final ByteBuffer[] frames; // frames[block % length], allocated on first use
    private long lastRead; // highest absolute block read so far
    private long finalBlock = -1; // absolute number of the short last block, once read

    BlockWindow(ReadableByteChannel source, int blockSize, int windowSize) {
        this.source = source;
        this.blockSize = blockSize;
        this.frames = new ByteBuffer[windowSize];
    }

    /** The last block's number, or -1 while the source has not yet come to its end. */
    long finalBlock() {
        return finalBlock;
    }

    /**
     * The datagram of {@code block}, reading it from the source if it is the next unread block. A block may be
     * fetched again while it is still within the window (lastRead - block < window size).
     */
    ByteBuffer frame(long block) throws IOException {
        ByteBuffer frame = slot(block);
        if (block > lastRead) {
            fill(frame, block);
            lastRead = block;
        }
        return frame.position(0);
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

    private void fill(ByteBuffer frame, long block) throws IOException {
        frame.clear().position(TftpCodec.DATA_HEADER_SIZE);
        while (frame.hasRemaining() && source.read(frame) >= 0) {
            // a channel may return fewer bytes than asked for before its end
        }
        frame.flip();
        TftpCodec.putDataHeader(frame, (int) (block & 0xFFFF));
        if (frame.limit() - TftpCodec.DATA_HEADER_SIZE < blockSize) {
            finalBlock = block;
        }
    }
}
