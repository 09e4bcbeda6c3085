package dev.iosemu.device.rommon;

import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;

/**
 * Stores a file received over XMODEM, which pads its last block with SUB bytes and carries no length: the last
 * block is held back until {@link #finish}, which leaves out the padding when the file is an image whose header
 * gives its exact length (so the image verifies and boots), and keeps every byte of any other file. Used by one
 * thread.
 */
final class UnpaddedImage implements WritableByteChannel {
    static final int HELD = 1024; // the largest XMODEM block
    private static final byte PAD = 0x1A;

    private final WritableByteChannel out;
    private final ByteBuffer head = ByteBuffer.allocate(ImageHeader.SIZE);
    private byte[] held = new byte[0];
    private long written;

    UnpaddedImage(WritableByteChannel out) {
        this.out = out;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        int n = source.remaining();
        byte[] bytes = new byte[n];
        source.get(bytes);
        head.put(bytes, 0, Math.min(n, head.remaining()));
        byte[] all = Arrays.copyOf(held, held.length + n);
        System.arraycopy(bytes, 0, all, held.length, n);
        int release = Math.max(0, all.length - HELD);
        store(all, release);
        held = Arrays.copyOfRange(all, release, all.length);
        return n;
    }

    /** Writes what is held, without the padding past an image's length; returns the file's length. */
    long finish() throws IOException {
        long length = imageLength();
        int keep = held.length;
        if (length >= written && length < written + held.length && padding((int) (length - written))) {
            keep = (int) (length - written);
        }
        store(held, keep);
        held = new byte[0];
        return written;
    }

    private boolean padding(int from) {
        for (int i = from; i < held.length; i++) {
            if (held[i] != PAD) {
                return false;
            }
        }
        return true;
    }

    /** The whole length an image's header gives, or -1 when the file does not start with an image header. */
    private long imageLength() {
        if (head.hasRemaining()) {
            return -1;
        }
        try {
            return ImageReader.readHeader(Channels.newChannel(new java.io.ByteArrayInputStream(head.array())))
                    .fileSize();
        } catch (IOException e) {
            return -1; // not an image: every byte is kept
        }
    }

    private void store(byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        written += length;
    }

    @Override
    public boolean isOpen() {
        return out.isOpen();
    }

    @Override
    public void close() {
        // the caller commits or discards the file it writes into
    }
}
