package dev.iosemu.fs.local;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Image bytes shared by many devices ({@link DeviceStorage#overlay}): each content is stored once, under the
 * key that names it (such as an image spec), and never written again, so any number of devices may read it at
 * once. Contents are made on demand from their key, so a thousand devices with the same initial image build it
 * once; the key alone says what a content is (the store hashes nothing: a SHA-256 of a 1 MB image cost a
 * start-up a few hundredths of a second, mostly in the interpreter). The store only grows: it holds what the
 * profiles in use name, a few megabytes each. Thread-safe: {@link #lock} serialises additions; reads need no
 * lock.
 */
public final class ImageStore implements AutoCloseable {
    private static final Map<FileSystem, ImageStore> OPEN = new ConcurrentHashMap<>(); // by their blobs' file system
    private static final ImageStore SHARED = new ImageStore();

    private final FileSystem blobs = Jimfs.newFileSystem(
            Configuration.unix().toBuilder().setMaxCacheSize(0).build());
    private final Map<String, Blob> byKey = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Reading, Object> readings = new ConcurrentHashMap<>();
    private long made; // guarded by lock

    private ImageStore() {
        OPEN.put(blobs, this);
    }

    /** What a reading of a file's bytes gives ({@code read} may throw), as {@link #once} remembers it. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Path file) throws IOException;
    }

    private record Reading(Path file, Class<?> type) {}

    /** A new, empty store (a lab may own one). */
    public static ImageStore create() {
        return new ImageStore();
    }

    /** The store of this process, which devices built without one of their own share. */
    public static ImageStore shared() {
        return SHARED;
    }

    /**
     * One stored content.
     *
     * @param path where to read it; never written
     * @param size its length in bytes
     */
    public record Blob(Path path, long size) {
        public Blob {
            Objects.requireNonNull(path, "path");
        }
    }

    /** Writes a content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(SeekableByteChannel out) throws IOException;
    }

    /** The blob {@code key} names, made with {@code content} the first time the key is asked for. */
    public Blob intern(String key, Content content) throws IOException {
        Blob known = byKey.get(key);
        if (known != null) {
            return known;
        }
        lock.lock();
        try {
            known = byKey.get(key);
            if (known == null) {
                known = store(content);
                byKey.put(key, known);
            }
            return known;
        } finally {
            lock.unlock();
        }
    }

    /**
     * What {@code reader} finds in {@code file} (an image's inspection, say): read once per stored content when
     * the file is a blob of an open store, whose bytes never change, so a thousand devices booting one image
     * hash it once; read each time for any other file.
     */
    public static <T> T once(Path file, Class<T> type, Reader<T> reader) throws IOException {
        ImageStore store = OPEN.get(file.getFileSystem());
        if (store == null) {
            return reader.read(file);
        }
        Reading key = new Reading(file, type);
        Object known = store.readings.get(key);
        if (type.isInstance(known)) {
            return type.cast(known);
        }
        T read = reader.read(file);
        store.readings.put(key, read);
        return read;
    }

    /** The bytes of the stored images, all in the heap. */
    public long heapBytes() {
        return JimfsBytes.held(blobs);
    }

    /** Distinct contents held. */
    public int size() {
        try (var files = Files.list(blobs.getPath("/"))) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new IllegalStateException("jimfs listing cannot fail", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (this != SHARED) {
            OPEN.remove(blobs);
            blobs.close();
        }
    }

    private Blob store(Content content) throws IOException {
        Path made = blobs.getPath("/" + ++this.made);
        try (SeekableByteChannel out =
                Files.newByteChannel(made, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(made);
            throw e;
        }
        return new Blob(made, Files.size(made));
    }
}
