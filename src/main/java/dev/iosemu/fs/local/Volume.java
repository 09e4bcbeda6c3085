package dev.iosemu.fs.local;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The backing of one {@link LocalFileSystem}: a tree of directories and files under {@link #root}, plus
 * what a kind of storage adds (shared image bytes, a table of index numbers). {@link LocalFileSystem} makes
 * every change and tells the volume through the hooks, so a volume never has to watch its tree.
 * Implementations are thread-safe.
 */
abstract class Volume implements AutoCloseable {
    /** The root directory of the tree. */
    abstract Path root();

    /** Whether the files live in the JVM heap, so a file must fit there as well. */
    abstract boolean inHeap();

    /** The bytes of file data this volume keeps in the heap itself (shared image bytes are the store's). */
    long heapBytes() {
        return 0;
    }

    /** The backing path of {@code path} ({@code /dir/file}); never outside the root. */
    Path resolve(String path) {
        return root().getFileSystem().getPath(path);
    }

    /** The index number {@code dir} shows: by default the file key, a counter in creation order. */
    long index(Path file, BasicFileAttributes attributes) throws IOException {
        return ((Number) attributes.fileKey()).longValue();
    }

    /** The size of a file. */
    long size(Path file, BasicFileAttributes attributes) {
        return attributes.isDirectory() ? 0 : attributes.size();
    }

    /** Where the bytes of {@code file} can be read. */
    Path readable(Path file) throws IOException {
        return file;
    }

    /** Places {@code blob} at {@code file} without copying its bytes; empty when this volume cannot share. */
    Optional<Path> placeShared(Path file, ImageStore.Blob blob) throws IOException {
        return Optional.empty();
    }

    /** A file was committed at {@code file}, or a directory made there. */
    void created(Path file) throws IOException {}

    /** {@code from} (a file or a whole directory) is now {@code to}. */
    void moved(Path from, Path to) throws IOException {}

    /** {@code file} (a file or a whole directory) is about to be deleted or replaced. */
    void removing(Path file) throws IOException {}

    /** Something in {@code directory} was created, deleted or renamed. */
    void changed(Path directory) throws IOException {}

    @Override
    public abstract void close() throws IOException;
}
