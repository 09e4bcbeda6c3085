package dev.iosemu.device.boot;

import dev.iosemu.device.BootMedia;
import dev.iosemu.image.InstallPackage;
import dev.iosemu.image.PackagesConf;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * The loader's check of an IOS-XE provisioning file ({@code packages.conf}): its sha1sum, then each package it
 * names, beside it, for length and CRC-32C. A package's CRC is remembered by its file's key, size and
 * modification time, so a reload does not read unchanged packages again. Thread-safe.
 */
final class ProvisioningCheck {
    /** Provisioning files are a few kilobytes; anything much larger is an image or something else. */
    private static final long MAX_CONF_BYTES = 256 * 1024;

    private final Map<Path, Remembered> crcs = new ConcurrentHashMap<>();

    /**
     * Checks {@code file}, named {@code iosPath}, as a provisioning file; empty when it is not one (the caller
     * then reports what the image check found).
     */
    Optional<Checked> check(BootMedia media, String iosPath, Path file) throws IOException {
        if (Files.size(file) > MAX_CONF_BYTES) {
            return Optional.empty();
        }
        Optional<PackagesConf> parsed = PackagesConf.parse(Files.readString(file, StandardCharsets.ISO_8859_1));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        PackagesConf conf = parsed.get();
        String directory = iosPath.substring(0, Math.max(iosPath.lastIndexOf('/'), iosPath.indexOf(':')) + 1);
        for (InstallPackage p : conf.packages()) {
            Optional<Path> pkg = media.find(directory + p.fileName());
            if (pkg.isEmpty()) {
                return Optional.of(new Checked(conf, Optional.of("package " + p.fileName() + " not found")));
            }
            if (Files.size(pkg.get()) != p.length() || crc(pkg.get()) != p.crc32c()) {
                return Optional.of(new Checked(conf, Optional.of("package " + p.fileName() + " is damaged")));
            }
        }
        return Optional.of(new Checked(conf, Optional.empty()));
    }

    private int crc(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Remembered seen = crcs.get(file);
        if (seen != null
                && seen.size == attributes.size()
                && seen.modified.equals(attributes.lastModifiedTime().toInstant())
                && Objects.equals(seen.fileKey, attributes.fileKey())) {
            return seen.crc;
        }
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            while (in.read(buffer.clear()) >= 0) {
                crc.update(buffer.flip());
            }
        }
        int value = (int) crc.getValue();
        crcs.put(
                file,
                new Remembered(
                        attributes.size(), attributes.lastModifiedTime().toInstant(), attributes.fileKey(), value));
        return value;
    }

    /**
     * A provisioning file read and its packages checked.
     *
     * @param conf what it says
     * @param problem why it cannot boot, empty when every package is sound
     */
    record Checked(PackagesConf conf, Optional<String> problem) {}

    private record Remembered(long size, java.time.Instant modified, Object fileKey, int crc) {}
}
