package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.Data;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;

/** Test shorthands for packets and in-memory channels. */
final class Packets {
    static final long TIMEOUT = 1_000_000_000L;

    private Packets() {}

    static Data data(int block, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) block);
        return new Data(block & 0xFFFF, ByteBuffer.wrap(bytes));
    }

    static Data data(int block, byte[] content, int blockSize) {
        int from = (block - 1) * blockSize;
        int to = Math.min(content.length, from + blockSize);
        return new Data(block & 0xFFFF, ByteBuffer.wrap(Arrays.copyOfRange(content, from, to)));
    }

    static Ack ack(long block) {
        return new Ack((int) (block & 0xFFFF));
    }

    static ReadableByteChannel source(byte[] content) {
        return Channels.newChannel(new java.io.ByteArrayInputStream(content));
    }

    static byte[] bytes(int length) {
        byte[] content = new byte[length];
        for (int i = 0; i < length; i++) {
            content[i] = (byte) (i * 31 + i / 256);
        }
        return content;
    }

    static TransferSettings settings(int blockSize, int windowSize, int retries) {
        return new TransferSettings(blockSize, windowSize, TIMEOUT, retries);
    }

    /** A sink that keeps everything written. */
    static final class Sink implements WritableByteChannel {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final WritableByteChannel channel = Channels.newChannel(bytes);

        @Override
        public int write(ByteBuffer src) throws java.io.IOException {
            return channel.write(src);
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
