package dev.iosemu.device.archive;

import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.Staging;
import dev.iosemu.fs.local.StagingSet;
import dev.iosemu.image.NotAnArchiveException;
import dev.iosemu.image.TarEntry;
import dev.iosemu.image.TarReader;
import dev.iosemu.image.TarWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Optional;

/**
 * {@code archive tar}: list an archive's members, extract all of them into a directory (all or nothing), or
 * archive a directory into a tar file on flash. Runs on the calling thread.
 */
public final class TarFiles {
    private TarFiles() {}

    /** Tells {@code listener} of every member, in order, reading past the content. */
    public static void table(ArchiveSource source, ExtractListener listener) throws IOException, ArchiveException {
        try (ReadableByteChannel in = source.open()) {
            TarReader tar = new TarReader(in);
            for (Optional<TarEntry> e = tar.next(); e.isPresent(); e = tar.next()) {
                report(e.get(), listener);
            }
        } catch (NotAnArchiveException e) {
            throw new ArchiveException("archive is not a tar file (" + e.getMessage() + ")");
        }
    }

    /**
     * Extracts every member into {@code directory} of {@code fs} (created if missing), replacing files of the
     * same names, in one commit: a failure leaves {@code fs} as it was.
     */
    public static void extract(ArchiveSource source, LocalFileSystem fs, String directory, ExtractListener listener)
            throws IOException, ArchiveException {
        String base = directory.equals("/") ? "" : directory;
        try (StagingSet set = fs.openStagingSet();
                ReadableByteChannel in = source.open()) {
            if (!base.isEmpty() && !fs.exists(base)) {
                set.directoryAtCommit(base);
            }
            TarReader tar = new TarReader(in);
            for (Optional<TarEntry> e = tar.next(); e.isPresent(); e = tar.next()) {
                TarEntry entry = e.get();
                String target = base + "/" + entry.path();
                if (entry.path().contains("..")) {
                    throw new ArchiveException("archive member outside the directory: " + entry.name());
                }
                report(entry, listener);
                if (entry.directory()) {
                    if (!fs.exists(target)) {
                        set.directoryAtCommit(target);
                    }
                } else {
                    Staging staging = set.add(target);
                    copy(tar, staging.channel());
                }
            }
            set.commit();
        } catch (NotAnArchiveException e) {
            throw new ArchiveException("archive is not a tar file (" + e.getMessage() + ")");
        }
    }

    /**
     * Writes a tar of directory {@code source} of {@code from} (its files and directories, depth first) to
     * {@code destination} of {@code to}, telling {@code listener} of each member; the tar appears whole or not
     * at all.
     */
    public static void create(
            LocalFileSystem from, String source, LocalFileSystem to, String destination, ExtractListener listener)
            throws IOException {
        String prefix = source.equals("/") ? "/" : source + "/";
        try (Staging staging = to.openStaged(destination)) {
            TarWriter tar = new TarWriter(staging.channel());
            for (FileEntry entry : from.walk()) {
                if (!entry.path().startsWith(prefix)) {
                    continue;
                }
                String name = entry.path().substring(prefix.length());
                long modified =
                        entry.modified().map(java.time.Instant::getEpochSecond).orElse(0L);
                if (entry.directory()) {
                    tar.directory(name, modified);
                    listener.directory(name + "/");
                } else {
                    listener.file(name, entry.size());
                    WritableByteChannel member = tar.file(TarEntry.file(name, entry.size(), modified));
                    try (InputStream in = from.openRead(entry.path())) {
                        in.transferTo(Channels.newOutputStream(member));
                    }
                }
            }
            tar.finish();
            staging.commit();
        }
    }

    private static void report(TarEntry entry, ExtractListener listener) {
        if (entry.directory()) {
            listener.directory(entry.name());
        } else {
            listener.file(entry.name(), entry.size());
        }
    }

    private static void copy(TarReader tar, WritableByteChannel out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        while (tar.readContent(buffer.clear()) >= 0) {
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }
}
