package dev.iosemu.testing;

import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a device file system holds, for checking that a failed operation left it byte-identical: each
 * visible entry (listed or not, hidden staging files included) with its index, size and the SHA-256 of its
 * bytes.
 */
public final class FlashContents {
    private FlashContents() {}

    /** Path to {@code index size sha256} (directories: {@code index dir}), over the backing file system. */
    public static Map<String, String> of(LocalFileSystem fs) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (var walk = java.nio.file.Files.walk(fs.root())) {
            for (var path : walk.toList()) {
                String name = path.toString();
                if (java.nio.file.Files.isDirectory(path)) {
                    contents.put(name, "dir");
                } else {
                    contents.put(name, java.nio.file.Files.size(path) + " " + sha256(path));
                }
            }
        }
        for (FileEntry entry : fs.walk()) {
            contents.merge(entry.path(), "index " + entry.index(), (a, b) -> a + " " + b);
        }
        return contents;
    }

    private static String sha256(java.nio.file.Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
