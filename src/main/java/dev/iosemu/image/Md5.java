package dev.iosemu.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** Streaming MD5 of files and channels, as {@code verify /md5} prints it (lower-case hex). */
public final class Md5 {
    static final int CHUNK = 1 << 20;

    private Md5() {}

    /** MD5 of a byte array. */
    public static String of(byte[] bytes) {
        return hex(newDigest().digest(bytes));
    }

    /** MD5 of a whole file on any file system. */
    public static String of(Path file) throws IOException {
        return of(file, bytes -> {});
    }

    /** MD5 of a whole file; {@code progress} receives the running byte count after each chunk. */
    public static String of(Path file, LongConsumer progress) throws IOException {
        try (ReadableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return of(in, progress);
        }
    }

    /** MD5 of everything left in a channel, which stays open. */
    public static String of(ReadableByteChannel in, LongConsumer progress) throws IOException {
        MessageDigest digest = newDigest();
        update(digest, in, progress);
        return hex(digest.digest());
    }

    /** Feeds the rest of the channel to {@code digest}; returns the byte count. */
    static long update(MessageDigest digest, ReadableByteChannel in, LongConsumer progress) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        long total = 0;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            buf.flip();
            digest.update(buf);
            buf.clear();
            total += n;
            progress.accept(total);
        }
        return total;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides MD5", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
