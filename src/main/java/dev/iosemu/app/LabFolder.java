package dev.iosemu.app;

import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The lab root of a state folder ({@code DIR/lab}): the images (a folder's, or the practice images) at the top, refreshed at
 * each start (hard-linked where the host allows, else copied, each put in place atomically; images gone
 * from {@code images/} are removed), and {@code upload/}, which the servers write and which stays. The
 * servers write only through staged files, so a linked image is never changed in place.
 */
final class LabFolder {
    static final String UPLOAD = "upload";

    private LabFolder() {}

    /** Lays out {@code folder} over {@code images} and returns it. */
    static Path prepare(Path images, Path folder) throws IOException {
        Files.createDirectories(folder.resolve(UPLOAD));
        Set<String> names = new HashSet<>();
        if (Files.isDirectory(images)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(images, Files::isRegularFile)) {
                for (Path image : found) {
                    names.add(image.getFileName().toString());
                    refresh(image, folder.resolve(image.getFileName().toString()));
                }
            }
        }
        return keepOnly(names, folder);
    }

    /** Lays out {@code folder} with the practice images (by file name) and returns it. */
    static Path prepare(Map<String, byte[]> images, Path folder) throws IOException {
        Files.createDirectories(folder.resolve(UPLOAD));
        for (Map.Entry<String, byte[]> image : images.entrySet()) {
            Path copy = folder.resolve(image.getKey());
            if (Files.isRegularFile(copy) && Files.size(copy) == image.getValue().length) {
                continue;
            }
            Path staging = copy.resolveSibling(AtomicWrite.STAGING_PREFIX + "lab-" + copy.getFileName());
            Files.write(staging, image.getValue());
            AtomicWrite.move(staging, copy);
        }
        return keepOnly(images.keySet(), folder);
    }

    /** Removes the files at the top of {@code folder} other than {@code names}, and syncs it. */
    private static Path keepOnly(Set<String> names, Path folder) throws IOException {
        try (DirectoryStream<Path> present = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : present) {
                if (!names.contains(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
        }
        AtomicWrite.syncDirectory(folder);
        return folder;
    }

    private static void refresh(Path image, Path copy) throws IOException {
        if (Files.isRegularFile(copy)
                && Files.size(copy) == Files.size(image)
                && Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(image))) {
            return;
        }
        Path staging = copy.resolveSibling(AtomicWrite.STAGING_PREFIX + "lab-" + copy.getFileName());
        Files.deleteIfExists(staging);
        try {
            Files.createLink(staging, image.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(image, staging, StandardCopyOption.COPY_ATTRIBUTES);
        }
        AtomicWrite.move(staging, copy);
    }
}
