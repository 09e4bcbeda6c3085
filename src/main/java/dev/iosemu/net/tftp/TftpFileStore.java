package dev.iosemu.net.tftp;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.OptionalLong;

/**
 * What a {@link TftpServer} serves: resolves request file names to readable files and to atomically committed
 * writable files. Implementations must be thread-safe; each transfer calls them from its own thread.
 */
public interface TftpFileStore {

    /**
     * Opens a file for an RRQ.
     *
     * @throws TftpException a {@link TftpFailure#LOCAL_ERROR} whose code is sent to the client, e.g.
     *     {@link TftpException#fileNotFound}, {@link TftpException#accessViolation}
     */
    ReadableFile openRead(String name) throws TftpException;

    /**
     * Opens a file for a WRQ; nothing is visible under {@code name} until {@link WritableFile#commit()}.
     *
     * @param size the size the client announced with tsize, if any (lets the store refuse with disk full)
     * @throws TftpException a {@link TftpFailure#LOCAL_ERROR}: access violation, disk full, file exists
     */
    WritableFile openWrite(String name, OptionalLong size) throws TftpException;

    /** An open file being served; closing it releases the channel. */
    interface ReadableFile extends Closeable {
        ReadableByteChannel channel();

        /** The size in bytes, when known (reported to clients that ask with tsize). */
        OptionalLong size();
    }

    /** A file being received: written to a temporary place, moved into place by {@link #commit()}. */
    interface WritableFile extends Closeable {
        WritableByteChannel channel();

        /** Makes the completely received file visible under its name, replacing an older one. */
        void commit() throws IOException;

        /** Releases the channel and, unless committed, discards what was written. */
        @Override
        void close() throws IOException;
    }
}
