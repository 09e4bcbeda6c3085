package dev.iosemu.image;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Encodes and decodes one 512-byte ustar header block (POSIX.1-1988 / IEEE 1003.1): name (100 bytes), mode,
 * uid, gid (8 each), size and mtime (12 each, octal), checksum (8), type flag, link name (100), magic
 * {@code ustar\0} and version {@code 00}, user and group names (32 each), device numbers (8 each), name
 * prefix (155). Numbers are zero-padded octal ended by NUL. Only regular files ({@code '0'} or NUL) and
 * directories ({@code '5'}) are members iosemu writes or accepts.
 */
final class TarHeaderCodec {
    static final int BLOCK = 512;
    private static final int NAME = 0;
    private static final int MODE = 100;
    private static final int UID = 108;
    private static final int GID = 116;
    private static final int SIZE = 124;
    private static final int MTIME = 136;
    private static final int CHECKSUM = 148;
    private static final int TYPE = 156;
    private static final int MAGIC = 257;
    private static final int VERSION = 263;
    private static final int UNAME = 265;
    private static final int GNAME = 297;
    private static final int DEVMAJOR = 329;
    private static final int DEVMINOR = 337;
    private static final int PREFIX = 345;
    private static final int NAME_LENGTH = 100;
    private static final int PREFIX_LENGTH = 155;
    private static final byte[] USTAR = {'u', 's', 't', 'a', 'r', 0};

    private TarHeaderCodec() {}

    /** Content bytes rounded up to whole blocks. */
    static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    static ByteBuffer encode(TarEntry entry) {
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        String[] split = split(entry.name());
        putText(block, PREFIX, PREFIX_LENGTH, split[0]);
        putText(block, NAME, NAME_LENGTH, split[1]);
        putOctal(block, MODE, 8, entry.directory() ? 0755 : 0644);
        putOctal(block, UID, 8, 0);
        putOctal(block, GID, 8, 0);
        putOctal(block, SIZE, 12, entry.size());
        putOctal(block, MTIME, 12, entry.modified());
        block.put(TYPE, (byte) (entry.directory() ? '5' : '0'));
        block.put(MAGIC, USTAR);
        block.put(VERSION, new byte[] {'0', '0'});
        putText(block, UNAME, 32, "root");
        putText(block, GNAME, 32, "root");
        putOctal(block, DEVMAJOR, 8, 0);
        putOctal(block, DEVMINOR, 8, 0);
        putChecksum(block);
        return block;
    }

    /**
     * Decodes a header block; empty for an all-zero block (the end-of-archive marker).
     *
     * @throws NotAnArchiveException when the block is not a sound ustar header of a file or directory
     */
    static Optional<TarEntry> decode(ByteBuffer block) throws NotAnArchiveException {
        if (block.remaining() < BLOCK) {
            throw new NotAnArchiveException("short header block (" + block.remaining() + " bytes)");
        }
        ByteBuffer header = block.slice(block.position(), BLOCK);
        if (allZero(header)) {
            return Optional.empty();
        }
        if (readOctal(header, CHECKSUM, 8) != checksum(header)) {
            throw new NotAnArchiveException("header checksum mismatch");
        }
        byte type = header.get(TYPE);
        boolean directory = type == '5';
        if (!directory && type != '0' && type != 0) {
            throw new NotAnArchiveException("unsupported member type '" + (char) type + "'");
        }
        String name = readText(header, NAME, NAME_LENGTH);
        String prefix = hasUstarMagic(header) ? readText(header, PREFIX, PREFIX_LENGTH) : "";
        String full = prefix.isEmpty() ? name : prefix + "/" + name;
        try {
            return Optional.of(new TarEntry(
                    full, directory ? 0 : readOctal(header, SIZE, 12), directory, readOctal(header, MTIME, 12)));
        } catch (IllegalArgumentException e) {
            throw new NotAnArchiveException(e.getMessage());
        }
    }

    /** Splits a long name into ustar's prefix and name at a slash; a short one needs no prefix. */
    private static String[] split(String name) {
        if (utf8Length(name) <= NAME_LENGTH) {
            return new String[] {"", name};
        }
        for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
            String prefix = name.substring(0, slash);
            String rest = name.substring(slash + 1);
            if (utf8Length(prefix) <= PREFIX_LENGTH && utf8Length(rest) <= NAME_LENGTH && !rest.isEmpty()) {
                return new String[] {prefix, rest};
            }
        }
        throw new IllegalArgumentException("tar member name too long for ustar: " + name);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void putText(ByteBuffer block, int offset, int length, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        block.put(offset, bytes, 0, Math.min(bytes.length, length));
    }

    private static void putOctal(ByteBuffer block, int offset, int length, long value) {
        String digits = Long.toOctalString(value);
        if (digits.length() > length - 1) {
            throw new IllegalArgumentException("value " + value + " does not fit a " + length + "-byte tar field");
        }
        putText(block, offset, length, "0".repeat(length - 1 - digits.length()) + digits);
    }

    /** The checksum is the byte sum with its own field taken as spaces, written as six digits, NUL, space. */
    private static void putChecksum(ByteBuffer block) {
        String digits = Long.toOctalString(checksum(block));
        putText(block, CHECKSUM, 8, "0".repeat(6 - digits.length()) + digits);
        block.put(CHECKSUM + 6, (byte) 0);
        block.put(CHECKSUM + 7, (byte) ' ');
    }

    private static long checksum(ByteBuffer block) {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            boolean inField = i >= CHECKSUM && i < CHECKSUM + 8;
            sum += inField ? ' ' : Byte.toUnsignedInt(block.get(i));
        }
        return sum;
    }

    private static long readOctal(ByteBuffer block, int offset, int length) throws NotAnArchiveException {
        String text = readText(block, offset, length).strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new NotAnArchiveException("bad octal field '" + text + "'");
        }
    }

    private static String readText(ByteBuffer block, int offset, int length) {
        int end = offset;
        while (end < offset + length && block.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - offset];
        block.get(offset, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean hasUstarMagic(ByteBuffer block) {
        byte[] magic = new byte[5];
        block.get(MAGIC, magic);
        return new String(magic, StandardCharsets.US_ASCII).equals("ustar");
    }

    private static boolean allZero(ByteBuffer block) {
        for (int i = 0; i < BLOCK; i++) {
            if (block.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
