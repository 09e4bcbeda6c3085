package dev.iosemu.image;

import java.util.Objects;

/**
 * One {@code .pkg} file an IOS-XE bundle expands into for install mode, with the check a loader makes
 * before it mounts it.
 *
 * @param fileName {@code isr4300-mono-universalk9.17.09.04a.SPA.pkg}
 * @param length its bytes
 * @param crc32c the CRC-32C of its bytes
 */
public record InstallPackage(String fileName, long length, int crc32c) {
    public InstallPackage {
        Objects.requireNonNull(fileName, "fileName");
        if (!fileName.endsWith(".pkg") || fileName.contains("/") || fileName.isBlank()) {
            throw new IllegalArgumentException("not a package file name: " + fileName);
        }
        if (length < 0) {
            throw new IllegalArgumentException("negative package length " + length);
        }
    }
}
