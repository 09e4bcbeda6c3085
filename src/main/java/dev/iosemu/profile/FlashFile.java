package dev.iosemu.profile;

import java.util.regex.Pattern;

/**
 * A file or directory placed on the device's file systems when the device is created: a synthetic image
 * (possibly damaged), a text file, a copy of a host file, or an empty directory (exactly one of {@code image},
 * {@code text}, {@code source}, {@code directory}).
 *
 * @param path file name, relative to the default file system, or with a prefix ({@code nvram:x}); may
 *     contain {@code /}
 * @param size the whole image file in bytes (images only; default {@value #DEFAULT_IMAGE_SIZE})
 * @param corrupt an image whose payload does not match its embedded hash (images only)
 * @param source a host file copied as it is, relative to the working directory
 */
public record FlashFile(
        String path, ImageRef image, String text, boolean directory, Long size, boolean corrupt, String source) {
    /** Size of an initial image when the profile gives none: small, so devices start fast. */
    public static final long DEFAULT_IMAGE_SIZE = 2L << 20;

    /** Image files carry a 512-byte header, so they cannot be smaller. */
    private static final long MIN_IMAGE_SIZE = 512;

    private static final Pattern PATH = Pattern.compile("([a-z][a-z0-9-]*:)?[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*");

    /**
     * What to build for an image entry.
     *
     * @param platform image platform; null means the profile's platform
     * @param version display form ({@code 15.4(3)M3}, {@code 16.9.5})
     * @param featureSet default {@code universalk9}
     */
    public record ImageRef(String platform, String version, String featureSet) {
        private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+[.(].*");

        /** Requires a version; defaults the feature set. */
        public ImageRef {
            Fields.matching("version", version, VERSION, "an IOS version like 15.4(3)M3 or 16.9.5");
            featureSet = featureSet == null ? "universalk9" : featureSet;
        }
    }

    /** Validates the path and that exactly one kind of content is given. */
    public FlashFile {
        Fields.matching("path", path, PATH, "a file name, optionally with a prefix like nvram: and directories");
        int kinds = (image != null ? 1 : 0) + (text != null ? 1 : 0) + (directory ? 1 : 0) + (source != null ? 1 : 0);
        if (kinds != 1) {
            throw new InvalidFieldException("", "give exactly one of image, text, source or directory: true");
        }
        if (corrupt && image == null) {
            throw new InvalidFieldException("corrupt", "only image entries can be corrupt");
        }
        if (source != null) {
            Fields.text("source", source);
        }
        if (size != null && image == null) {
            throw new InvalidFieldException("size", "only image entries have a size");
        }
        if (image != null) {
            size = size == null ? DEFAULT_IMAGE_SIZE : size;
            if (size < MIN_IMAGE_SIZE) {
                throw new InvalidFieldException("size", "must be >= " + MIN_IMAGE_SIZE + " (was " + size + ")");
            }
        }
    }

    /** The prefix of {@code path} ({@code nvram:}), or null when it is relative to the default file system. */
    public String prefix() {
        int colon = path.indexOf(':');
        return colon < 0 ? null : path.substring(0, colon + 1);
    }

    /** {@code path} without its prefix. */
    public String relativePath() {
        return path.substring(path.indexOf(':') + 1);
    }
}
