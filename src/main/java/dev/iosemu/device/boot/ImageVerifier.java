package dev.iosemu.device.boot;

import dev.iosemu.device.BootMedia;
import dev.iosemu.fs.local.ImageStore;
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
 * changes its key). A file that is no image may be an IOS-XE provisioning file ({@code packages.conf}), checked
 * with its packages by {@link ProvisioningCheck}. Thread-safe.
 */
public final class ImageVerifier {
    private final String platform;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
    private final ProvisioningCheck packages = new ProvisioningCheck();

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
            ImageInspection inspection = inspect(file.get());
            if (inspection instanceof ImageInspection.NotAnImage) {
                Optional<ProvisioningCheck.Checked> provisioning = packages.check(media, iosPath, file.get());
                if (provisioning.isPresent()) {
                    return classify(provisioning.get());
                }
            }
            return classify(inspection);
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
        ImageInspection inspection = ImageStore.once(file, ImageInspection.class, ImageReader::inspect);
        cache.put(file, new Cached(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(), inspection));
        return inspection;
    }

    /** What an inspection means for this platform: bootable, foreign, damaged or no image. */
    public ImageCheck check(ImageInspection inspection) {
        return classify(inspection);
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

    /** A provisioning file boots the software its packages hold, when they are all sound and for this platform. */
    private ImageCheck classify(ProvisioningCheck.Checked checked) {
        if (checked.problem().isPresent()) {
            return new ImageCheck.Corrupted(checked.problem().get());
        }
        return checked.conf().bundle().platform().equals(platform)
                ? new ImageCheck.Bootable(checked.conf().bundle())
                : new ImageCheck.WrongPlatform(checked.conf().bundle());
    }

    private record Cached(long size, FileTime modified, Object fileKey, ImageInspection inspection) {}
}
