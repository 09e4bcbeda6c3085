package dev.iosemu.fs.copy;

import java.io.IOException;

/**
 * Bytes the device takes whole from memory, such as the archive a switch buffers before it examines and
 * extracts it; they are handed over only after the whole source arrived. The heap must hold them, as it holds a
 * file of a device file system.
 */
@FunctionalInterface
public non-sealed interface BufferSink extends CopyDestination {
    /** The whole content: {@code bytes[0..length)}. */
    void accept(byte[] bytes, int length) throws IOException;
}
