package dev.iosemu.fs.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;

/** The bytes a jimfs file system holds in the heap: its allocated blocks. Stateless. */
final class JimfsBytes {
    private JimfsBytes() {}

    static long held(FileSystem jimfs) {
        try {
            FileStore store = Files.getFileStore(jimfs.getPath("/"));
            return store.getTotalSpace() - store.getUnallocatedSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("an open jimfs store cannot fail", e);
        }
    }
}
