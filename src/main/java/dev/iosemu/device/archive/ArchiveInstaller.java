package dev.iosemu.device.archive;

import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.Staging;
import dev.iosemu.fs.local.StagingSet;
import dev.iosemu.image.ArchiveInfo;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageReader;
import dev.iosemu.image.NotAnArchiveException;
import dev.iosemu.image.NotAnImageException;
import dev.iosemu.image.TarEntry;
import dev.iosemu.image.TarReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Installs a Catalyst image archive into flash as {@code archive download-sw} does: examine its {@code info}
 * files, then extract the image directory in one pass through one {@link StagingSet} that also removes what the
 * new image replaces, so a failure part way (flash full, the image missing, a foreign image) leaves flash byte
 * for byte as it was. Runs on the calling thread.
 */
public final class ArchiveInstaller {
    /** What {@code archive download-sw} says when the archive is not one. */
    public static final String NOT_AN_ARCHIVE = "Image is not a valid IOS image archive.";

    private final LocalFileSystem flash;
    private final String platform;

    /**
     * @param flash where the image directory goes
     * @param platform the image platform the device runs ({@code c2960x})
     */
    public ArchiveInstaller(LocalFileSystem flash, String platform) {
        this.flash = flash;
        this.platform = platform;
    }

    /**
     * Reads the archive's {@code info} and its image directory's, telling {@code listener} of each as a file.
     *
     * @throws ArchiveException when the archive does not start with them
     */
    public Examined examine(ArchiveSource source, ExtractListener listener) throws IOException, ArchiveException {
        try (ReadableByteChannel in = source.open()) {
            TarReader tar = new TarReader(in);
            Optional<ArchiveInfo> top = Optional.empty();
            long topBytes = 0;
            for (Optional<TarEntry> e = tar.next(); e.isPresent(); e = tar.next()) {
                TarEntry entry = e.get();
                if (entry.directory()) {
                    continue;
                }
                if (entry.name().equals("info") && top.isEmpty()) {
                    listener.file(entry.name(), entry.size());
                    top = Optional.of(ArchiveInfo.parse(tar.readAll()));
                    topBytes = entry.size();
                } else if (top.isPresent() && entry.name().equals(top.get().versionDirectory() + "/info")) {
                    listener.file(entry.name(), entry.size());
                    ArchiveInfo image = ArchiveInfo.parse(tar.readAll());
                    if (!image.describesImage()) {
                        break;
                    }
                    return new Examined(top.get(), topBytes, image, entry.size());
                }
            }
        } catch (NotAnArchiveException e) {
            throw new ArchiveException(NOT_AN_ARCHIVE);
        }
        throw new ArchiveException(NOT_AN_ARCHIVE);
    }

    /** Flash the image directory takes, as its info states it (tar blocks, about what flash allocates). */
    public long bytesNeeded(Examined examined) {
        return flash.allocationFor(examined.image().totalImageFileSize());
    }

    /**
     * Extracts the image directory of {@code examined} into flash and removes {@code replaced} (an old image,
     * or the directory of the same version with {@code /overwrite}), all in one commit.
     *
     * @param imageOnly keep only the image and its info ({@code /imageonly}: no web files)
     * @throws ArchiveException when the archive has no image, or one for another platform; nothing changed
     */
    public void extract(
            ArchiveSource source, Examined examined, List<String> replaced, boolean imageOnly, ExtractListener listener)
            throws IOException, ArchiveException {
        String dir = examined.directory();
        boolean imageFound = false;
        try (StagingSet set = flash.openStagingSet();
                ReadableByteChannel in = source.open()) {
            for (String path : replaced) {
                set.removeAtCommit(path);
            }
            TarReader tar = new TarReader(in);
            for (Optional<TarEntry> e = tar.next(); e.isPresent(); e = tar.next()) {
                TarEntry entry = e.get();
                boolean image = entry.name().equals(examined.imageMember());
                if (!entry.path().equals(dir) && !entry.name().startsWith(dir + "/")) {
                    continue;
                }
                if (imageOnly
                        && !image
                        && !entry.path().equals(dir)
                        && !entry.name().equals(dir + "/info")) {
                    continue;
                }
                if (entry.directory()) {
                    set.directoryAtCommit("/" + entry.path());
                    listener.directory(entry.name());
                    continue;
                }
                listener.file(entry.name(), entry.size());
                Staging staging = set.add("/" + entry.name());
                ByteBuffer start = copy(tar, staging.channel());
                if (image) {
                    checkImage(start);
                    imageFound = true;
                }
            }
            if (!imageFound) {
                throw new ArchiveException(NOT_AN_ARCHIVE);
            }
            set.commit();
        } catch (NotAnArchiveException e) {
            throw new ArchiveException(NOT_AN_ARCHIVE);
        }
    }

    /** The image's header (the first bytes it was copied with) must be sound and of this platform. */
    private void checkImage(ByteBuffer start) throws ArchiveException, IOException {
        ImageHeader header;
        try {
            header = ImageReader.readHeader(ArchiveSource.of(start).open());
        } catch (NotAnImageException e) {
            throw new ArchiveException(NOT_AN_ARCHIVE);
        }
        if (!header.platform().equals(platform)) {
            throw new ArchiveException(
                    "Image is for platform " + header.platform().toUpperCase(Locale.ROOT) + ", this switch is "
                            + platform.toUpperCase(Locale.ROOT) + ".");
        }
    }

    /** Copies the current member to {@code out}; returns its first bytes (up to an image header's worth). */
    private static ByteBuffer copy(TarReader tar, WritableByteChannel out) throws IOException {
        ByteBuffer start = ByteBuffer.allocate(ImageHeader.SIZE);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        while (tar.readContent(buffer.clear()) >= 0) {
            buffer.flip();
            if (start.hasRemaining()) {
                start.put(buffer.slice(0, Math.min(start.remaining(), buffer.remaining())));
            }
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
        return start.flip();
    }
}
