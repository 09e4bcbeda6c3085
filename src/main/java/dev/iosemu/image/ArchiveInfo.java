package dev.iosemu.image;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code info} file of a Catalyst image archive: {@code key:value} lines ending with {@code info_end:}.
 * The archive's top-level {@code info} names only the version suffix and directory; the one inside the image
 * directory adds the image name, sizes, features and family, which {@code archive download-sw} prints as its
 * {@code System Type:} block.
 *
 * @param versionSuffix {@code universalk9-152-7.E8}
 * @param versionDirectory the image directory, {@code c2960x-universalk9-mz.152-7.E8}
 * @param imageName the image file inside it; empty in the top-level info
 * @param iosImageFileSize the image member's bytes in the archive; 0 in the top-level info
 * @param totalImageFileSize the whole directory's bytes in the archive; 0 in the top-level info
 * @param imageFeature {@code LAYER_2|LAYER_3|SSH|3DES|MIN_DRAM_MEG=128}; empty in the top-level info
 * @param imageFamily {@code C2960X}; empty in the top-level info
 */
public record ArchiveInfo(
        String versionSuffix,
        String versionDirectory,
        String imageName,
        long iosImageFileSize,
        long totalImageFileSize,
        String imageFeature,
        String imageFamily) {
    private static final String END = "info_end:";

    /** The top-level {@code info} of an archive. */
    public static ArchiveInfo topLevel(String versionSuffix, String versionDirectory) {
        return new ArchiveInfo(versionSuffix, versionDirectory, "", 0, 0, "", "");
    }

    /** Whether this is the image directory's info (it names the image). */
    public boolean describesImage() {
        return !imageName.isEmpty();
    }

    /** The minimum DRAM in megabytes, from the {@code MIN_DRAM_MEG=} feature; 64 when not said. */
    public int minimumDramMegabytes() {
        for (String feature : imageFeature.split("\\|")) {
            if (feature.startsWith("MIN_DRAM_MEG=")) {
                return Integer.parseInt(feature.substring("MIN_DRAM_MEG=".length()));
            }
        }
        return 64;
    }

    /** The file's text. */
    public String render() {
        StringBuilder text = new StringBuilder();
        line(text, "version_suffix", versionSuffix);
        line(text, "version_directory", versionDirectory);
        if (describesImage()) {
            line(text, "image_system_type_id", "0x00000000");
            line(text, "image_name", imageName);
            line(text, "ios_image_file_size", Long.toString(iosImageFileSize));
            line(text, "total_image_file_size", Long.toString(totalImageFileSize));
            line(text, "image_feature", imageFeature);
            line(text, "image_min_dram", Integer.toString(minimumDramMegabytes()));
            line(text, "image_family", imageFamily);
            line(text, "stacking_number", "1.34");
            line(text, "board_ids", "0x00000001");
        }
        return text.append(END).append('\n').toString();
    }

    /** The file's bytes. */
    public byte[] bytes() {
        return render().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads an info file.
     *
     * @throws NotAnArchiveException when a required key is missing, a size is not a number or the end line
     *     is missing
     */
    public static ArchiveInfo parse(byte[] content) throws NotAnArchiveException {
        Map<String, String> values = new LinkedHashMap<>();
        boolean ended = false;
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            String stripped = line.strip();
            if (stripped.equals(END)) {
                ended = true;
                break;
            }
            int colon = stripped.indexOf(':');
            if (colon > 0) {
                values.put(stripped.substring(0, colon).toLowerCase(Locale.ROOT), stripped.substring(colon + 1));
            }
        }
        if (!ended) {
            throw new NotAnArchiveException("info file without " + END);
        }
        for (String key : List.of("version_suffix", "version_directory")) {
            if (values.getOrDefault(key, "").isBlank()) {
                throw new NotAnArchiveException("info file without " + key);
            }
        }
        return new ArchiveInfo(
                values.get("version_suffix"),
                values.get("version_directory"),
                values.getOrDefault("image_name", ""),
                number(values, "ios_image_file_size"),
                number(values, "total_image_file_size"),
                values.getOrDefault("image_feature", ""),
                values.getOrDefault("image_family", ""));
    }

    /** The image's path inside the archive, {@code DIR/NAME.bin}, when this info names it. */
    public Optional<String> imageMember() {
        return describesImage() ? Optional.of(versionDirectory + "/" + imageName) : Optional.empty();
    }

    private static long number(Map<String, String> values, String key) throws NotAnArchiveException {
        String text = values.getOrDefault(key, "0").strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotAnArchiveException("info " + key + " is not a number: " + text);
        }
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append(':').append(value).append('\n');
    }
}
