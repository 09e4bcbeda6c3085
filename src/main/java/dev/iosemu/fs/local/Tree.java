package dev.iosemu.fs.local;

import dev.iosemu.fs.IsDirectoryException;
import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** Whole-tree operations on stored files. */
final class Tree {
    private Tree() {}

    /** Deletes everything below {@code directory}, keeping the directory itself. */
    static void deleteContents(Path directory) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                if (!dir.equals(directory)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes every file or directory below {@code directory} whose name matches, with its contents. */
    static void deleteMatching(Path directory, java.util.function.Predicate<String> name) throws IOException {
        List<Path> matching;
        try (Stream<Path> found = Files.walk(directory)) {
            matching = found.filter(p ->
                            p.getFileName() != null && name.test(p.getFileName().toString()))
                    .toList();
        }
        for (Path path : matching) {
            if (Files.isDirectory(path)) {
                deleteContents(path);
            }
            Files.deleteIfExists(path);
        }
    }

    /** Moves {@code source} onto {@code target} in one step; an existing directory is never replaced. */
    static void move(Path source, Path target, boolean replaceExisting) throws IOException {
        if (Files.exists(target)) {
            if (!replaceExisting) {
                throw new FileAlreadyExistsException(target.toString());
            }
            if (Files.isDirectory(target)) {
                throw new IsDirectoryException(target.toString());
            }
        }
        AtomicWrite.move(source, target);
        if (!source.getParent().equals(target.getParent())) {
            AtomicWrite.syncDirectory(source.getParent());
        }
    }
}
