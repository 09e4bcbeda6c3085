package dev.iosemu.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * Builds synthetic images of any size without holding them in memory. On a seekable channel the payload is
 * generated and hashed in one pass and the header written last; on a plain channel the (cheap, deterministic)
 * payload is generated twice: once to hash it, once to write it behind the header.
 */
public final class ImageWriter {
    private ImageWriter() {}

    /** What names the image of {@code spec} among contents made once and shared (an {@code ImageStore}'s key). */
    public static String key(ImageSpec spec) {
        return spec.toString();
    }

    /** The header an image built from {@code spec} has, computed without any I/O. */
    public static ImageHeader header(ImageSpec spec) {
        MessageDigest digest = Md5.newDigest();
        PayloadStream payload = new PayloadStream(spec);
        byte[] chunk = new byte[Md5.CHUNK];
        for (int n = payload.next(chunk); n > 0; n = payload.next(chunk)) {
            digest.update(chunk, 0, n);
        }
        return spec.withMd5(Md5.hex(digest.digest()));
    }

    /** Creates or replaces {@code file} (any file system) with the image; returns its header. */
    public static ImageHeader write(ImageSpec spec, Path file) throws IOException {
        try (SeekableByteChannel out = Files.newByteChannel(
                file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            return write(spec, out);
        }
    }

    /** Writes the image at the channel's position; the channel stays open. */
    public static ImageHeader write(ImageSpec spec, WritableByteChannel out) throws IOException {
        if (out instanceof SeekableByteChannel seekable) {
            return writeHeaderLast(spec, seekable);
        }
        ImageHeader header = header(spec);
        writeFully(out, HeaderCodec.encode(header));
        streamPayload(spec, out, null);
        return header;
    }

    private static ImageHeader writeHeaderLast(ImageSpec spec, SeekableByteChannel out) throws IOException {
        long start = out.position();
        writeFully(out, ByteBuffer.allocate(ImageHeader.SIZE));
        MessageDigest digest = Md5.newDigest();
        streamPayload(spec, out, digest);
        long end = out.position();
        ImageHeader header = spec.withMd5(Md5.hex(digest.digest()));
        out.position(start);
        writeFully(out, HeaderCodec.encode(header));
        out.position(end);
        return header;
    }

    private static void streamPayload(ImageSpec spec, WritableByteChannel out, MessageDigest digest)
            throws IOException {
        PayloadStream payload = new PayloadStream(spec);
        byte[] chunk = new byte[Md5.CHUNK];
        for (int n = payload.next(chunk); n > 0; n = payload.next(chunk)) {
            if (digest != null) {
                digest.update(chunk, 0, n);
            }
            writeFully(out, ByteBuffer.wrap(chunk, 0, n));
        }
    }

    private static void writeFully(WritableByteChannel out, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }
}
