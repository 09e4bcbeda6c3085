package dev.iosemu.fs;

import java.nio.file.FileSystemException;

/** A write that does not fit in the free space of a device file system; nothing was left behind. */
public final class NotEnoughSpaceException extends FileSystemException {
    private final long requiredBytes;
    private final long freeBytes;

    /**
     * @param file the destination, as the file system names it
     * @param requiredBytes the bytes the write needs (rounded up to whole blocks), or -1 when not known
     * @param freeBytes the bytes that were free
     */
    public NotEnoughSpaceException(String file, long requiredBytes, long freeBytes) {
        super(file, null, FsErrors.NOT_ENOUGH_SPACE);
        this.requiredBytes = requiredBytes;
        this.freeBytes = freeBytes;
    }

    /** The bytes the write needed, rounded to blocks; -1 when it failed part way with an unknown size. */
    public long requiredBytes() {
        return requiredBytes;
    }

    public long freeBytes() {
        return freeBytes;
    }
}
