package dev.iosemu.fs.local;

import dev.iosemu.fs.IsDirectoryException;
import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every change to the tree of one {@link LocalFileSystem}, made durable where the volume is on disk and
 * told to the volume and the space account: commits of staged files (one, or a journaled set), removals,
 * renames, new directories, and the recovery that finishes or discards what a crash left. Thread-safe as the
 * volume is; each change is one step of the host file system or a journal replayed at the next start.
 */
final class Commits {
    private final LocalFileSystem fs;

    Commits(LocalFileSystem fs) {
        this.fs = fs;
    }

    /** Opens a staged write of {@code path}, whose directory must exist; see {@link LocalFileSystem#openStaged}. */
    Staging openStaged(String path) throws IOException {
        Path target = fs.path(path);
        if (Files.isDirectory(target)) {
            throw new IsDirectoryException(path);
        }
        int slash = path.lastIndexOf('/');
        Path directory = fs.existingDirectory(slash == 0 ? "/" : path.substring(0, slash));
        return new Staging(fs, path, AtomicWrite.begin(fs.newStagingName(directory), target));
    }

    /** Makes {@code staging}'s file visible under its name, replacing an older one. */
    void commit(Staging staging) throws IOException {
        prepare(staging);
        Path target = fs.path(staging.path());
        removingIfPresent(target);
        staging.atomicWrite().commit();
        fs.space().release(staging);
        created(target);
    }

    /**
     * Commits {@code files} and the other steps of {@code journal} as one: the journal is written first, so
     * from then on a crash is finished by {@link #recover} at the next start.
     */
    void commitAll(List<Staging> files, Journal journal) throws IOException {
        for (Staging staging : files) {
            prepare(staging);
        }
        Path journalFile = fs.root().resolve(Journal.PREFIX + String.format("%020d", System.nanoTime()));
        AtomicWrite.write(fs.newStagingName(fs.root()), journalFile, journal.encode());
        for (Staging staging : files) {
            staging.atomicWrite().handOver();
            staging.markCommitted();
            fs.space().release(staging);
        }
        apply(journal);
        Files.delete(journalFile);
        AtomicWrite.syncDirectory(fs.root());
    }

    /**
     * Finishes the commits a crash cut short (their journals) and removes the staging files of writes that
     * never committed. Called as the file system opens, before anything reads it.
     */
    void recover() throws IOException {
        List<Path> journals;
        try (Stream<Path> entries = Files.list(fs.root())) {
            journals = entries.filter(p -> p.getFileName().toString().startsWith(Journal.PREFIX))
                    .sorted()
                    .toList();
        }
        for (Path journalFile : journals) {
            Optional<Journal> journal = Journal.decode(Files.readAllBytes(journalFile));
            if (journal.isPresent()) {
                apply(journal.get());
            }
            Files.delete(journalFile);
        }
        Tree.deleteMatching(fs.root(), name -> name.startsWith(LocalFileSystem.STAGING_PREFIX));
        AtomicWrite.syncDirectory(fs.root());
        fs.space().invalidate();
    }

    /** Deletes one file or empty directory. */
    void remove(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> children = Files.list(target)) {
                if (children.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(fs.pathOf(target));
                }
            }
        }
        removeTree(target);
    }

    /** Deletes a file, or a directory with everything below it. */
    void removeTree(Path target) throws IOException {
        fs.volume().removing(target);
        if (Files.isDirectory(target)) {
            Tree.deleteContents(target);
        }
        Files.deleteIfExists(target);
        AtomicWrite.syncDirectory(target.getParent());
        fs.volume().changed(target.getParent());
        fs.space().invalidate();
    }

    /** Renames {@code source} to {@code target}; an existing target file is replaced only if asked. */
    void rename(Path source, Path target, boolean replaceExisting) throws IOException {
        if (Files.exists(target) && replaceExisting && !Files.isDirectory(target)) {
            fs.volume().removing(target);
        }
        Tree.move(source, target, replaceExisting);
        fs.volume().moved(source, target);
        fs.volume().changed(source.getParent());
        fs.volume().changed(target.getParent());
        fs.space().invalidate();
    }

    /** Creates one directory. */
    void mkdir(Path directory) throws IOException {
        Files.createDirectory(directory);
        AtomicWrite.syncDirectory(directory.getParent());
        fs.volume().changed(directory);
        created(directory);
    }

    /** Places shared image bytes at {@code path}, without copying them where the volume can share. */
    void placeShared(String path, ImageStore.Blob blob) throws IOException {
        Path target = fs.path(path);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(path);
        }
        if (fs.volume().placeShared(target, blob).isPresent()) {
            created(target);
            return;
        }
        try (Staging staging = fs.openStaged(path);
                InputStream in = Files.newInputStream(blob.path())) {
            in.transferTo(java.nio.channels.Channels.newOutputStream(staging.channel()));
            staging.commit();
        }
    }

    private void apply(Journal journal) throws IOException {
        for (Journal.Step step : journal.steps()) {
            switch (step) {
                case Journal.Remove remove -> {
                    Path target = fs.path(remove.path());
                    if (Files.exists(target)) {
                        removeTree(target);
                    }
                }
                case Journal.Move move -> {
                    Path staged = fs.path(move.staging());
                    if (Files.exists(staged)) {
                        Path target = fs.path(move.target());
                        boolean directory = Files.isDirectory(staged);
                        removingIfPresent(target);
                        AtomicWrite.move(staged, target);
                        if (directory) {
                            // a directory staged whole (an extracted archive) arrives with everything in it
                            fs.volume().moved(staged, target);
                            fs.volume().changed(target.getParent());
                            fs.space().invalidate();
                        } else {
                            created(target);
                        }
                    }
                }
            }
        }
    }

    /** Stamps the staged file with the device clock and forces it, before it moves into place. */
    private void prepare(Staging staging) throws IOException {
        Path file = staging.atomicWrite().stagingFile();
        Files.setLastModifiedTime(file, FileTime.from(fs.clock().instant()));
        staging.atomicWrite().flush();
    }

    private void removingIfPresent(Path target) throws IOException {
        if (Files.exists(target)) {
            fs.volume().removing(target);
        }
    }

    private void created(Path target) throws IOException {
        fs.volume().created(target);
        fs.volume().changed(target.getParent());
        fs.space().invalidate();
    }
}
