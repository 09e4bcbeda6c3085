package dev.iosemu.device.boot;

import dev.iosemu.device.BootMedia;
import dev.iosemu.image.ImageInspection;
import dev.iosemu.image.ImageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks boot candidates, remembering each file's full inspection by path, file key, size and modification
 * time so a reload does not hash an unchanged multi-megabyte image again (a copy replaces the file, which
 * changes its key). Thread-safe.
 */
public final class ImageVerifier {
    private final String platform;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    /** A verifier for images of {@code platform} ({@code c1900}, {@code c2960x}, {@code isr4300}). */
    public ImageVerifier(String platform) {
        this.platform = platform;
    }

    /** Checks the file named by {@code iosPath} on {@code media}. */
    public ImageCheck check(BootMedia media, String iosPath) {
        Optional<Path> file = media.find(iosPath);
        if (file.isEmpty()) {
            return new ImageCheck.Missing();
        }
        try {
            return classify(inspect(file.get()));
        } catch (IOException e) {
            return new ImageCheck.NotAnImage(e.getMessage());
        }
    }

    private ImageInspection inspect(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Cached cached = cache.get(file);
        if (cached != null
                && cached.size == attributes.size()
                && cached.modified.equals(attributes.lastModifiedTime())
                && java.util.Objects.equals(cached.fileKey, attributes.fileKey())) {
            return cached.inspection;
        }
        ImageInspection inspection = ImageReader.inspect(file);
        cache.put(file, new Cached(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(), inspection));
        return inspection;
    }

    private ImageCheck classify(ImageInspection inspection) {
        return switch (inspection) {
            case ImageInspection.Valid valid ->
                valid.header().platform().equals(platform)
                        ? new ImageCheck.Bootable(valid.header())
                        : new ImageCheck.WrongPlatform(valid.header());
            case ImageInspection.NotAnImage notAnImage -> new ImageCheck.NotAnImage(notAnImage.reason());
            case ImageInspection.Corrupted corrupted -> new ImageCheck.Corrupted(corrupted.reason());
        };
    }

    private record Cached(long size, FileTime modified, Object fileKey, ImageInspection inspection) {}
}
