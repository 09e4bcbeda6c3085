package dev.iosemu.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.function.LongConsumer;

/** Reads image headers (fast, no hashing) and fully inspects images (header, payload length and hash). */
public final class ImageReader {
    private ImageReader() {}

    /** Reads only the header of {@code file} (any file system). */
    public static ImageHeader readHeader(Path file) throws IOException {
        try (ReadableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return readHeader(in);
        }
    }

    /** Reads the header from the channel's position, leaving it just past the header. */
    public static ImageHeader readHeader(ReadableByteChannel in) throws IOException {
        ByteBuffer region = ByteBuffer.allocate(ImageHeader.SIZE);
        while (region.hasRemaining() && in.read(region) >= 0) {
            // keep reading: channels may return short reads
        }
        return HeaderCodec.decode(region.flip());
    }

    /** Fully inspects {@code file}. */
    public static ImageInspection inspect(Path file) throws IOException {
        return inspect(file, bytes -> {});
    }

    /** Fully inspects {@code file}; {@code progress} receives the payload bytes read so far after each chunk. */
    public static ImageInspection inspect(Path file, LongConsumer progress) throws IOException {
        try (ReadableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return inspect(in, progress);
        }
    }

    /** Fully inspects an image read from the channel's position to its end; the channel stays open. */
    public static ImageInspection inspect(ReadableByteChannel in, LongConsumer progress) throws IOException {
        ImageHeader header;
        try {
            header = readHeader(in);
        } catch (NotAnImageException e) {
            return new ImageInspection.NotAnImage(e.reason());
        }
        MessageDigest digest = Md5.newDigest();
        long actual = Md5.update(digest, in, progress);
        String computed = Md5.hex(digest.digest());
        if (actual == header.payloadLength() && computed.equals(header.embeddedMd5())) {
            return new ImageInspection.Valid(header);
        }
        return new ImageInspection.Corrupted(header, header.embeddedMd5(), computed, actual);
    }
}
