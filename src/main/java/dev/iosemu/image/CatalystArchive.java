package dev.iosemu.image;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code .tar} a Catalyst switch is upgraded from with {@code archive download-sw}, laid out as Cisco
 * ships a 2960-X one: a top-level {@code info}, the image directory ({@code c2960x-universalk9-mz.152-7.E8/})
 * holding its own {@code info}, the web files under {@code html/} and the image, and {@code info.ver} last.
 */
public final class CatalystArchive {
    /** The web files of the device manager, small stand-ins for the real ones. */
    private static final List<String> HTML = List.of("home.htm", "appsui.js", "ip.js", "stylesheet.css");

    private CatalystArchive() {}

    /** The archive's file name: {@code c2960x-universalk9-tar.152-7.E8.tar}. */
    public static String fileName(ImageSpec spec) {
        return spec.platform() + "-" + spec.featureSet() + "-tar."
                + spec.version().fileToken() + ".tar";
    }

    /** The image directory, named after the image: {@code c2960x-universalk9-mz.152-7.E8}. */
    public static String directory(ImageSpec spec) {
        String image = ImageName.canonical(spec).fileName();
        return image.substring(0, image.length() - ".bin".length());
    }

    /** Writes the archive of {@code spec} to {@code file}; returns the image's header. */
    public static ImageHeader write(ImageSpec spec, Path file) throws IOException {
        try (WritableByteChannel out = Files.newByteChannel(
                file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            return write(spec, out);
        }
    }

    /** Writes the archive of {@code spec} to {@code out} in one pass; returns the image's header. */
    public static ImageHeader write(ImageSpec spec, WritableByteChannel out) throws IOException {
        long modified = spec.buildDate().toEpochSecond(java.time.ZoneOffset.UTC);
        String dir = directory(spec);
        ArchiveInfo info = info(spec);
        TarWriter tar = new TarWriter(out);
        tar.file("info", ArchiveInfo.topLevel(info.versionSuffix(), dir).bytes(), modified);
        tar.directory(dir, modified);
        tar.file(dir + "/info", info.bytes(), modified);
        tar.directory(dir + "/html", modified);
        for (String name : HTML) {
            tar.text(dir + "/html/" + name, webFile(name, spec), modified);
        }
        ImageHeader header = ImageWriter.write(
                spec, tar.file(TarEntry.file(dir + "/" + info.imageName(), spec.fileSize(), modified)));
        tar.file("info.ver", ArchiveInfo.topLevel(info.versionSuffix(), dir).bytes(), modified);
        tar.finish();
        return header;
    }

    /** The image directory's info of {@code spec}, with the sizes its members take in the archive. */
    public static ArchiveInfo info(ImageSpec spec) {
        String dir = directory(spec);
        long modified = 0;
        List<TarEntry> members = new ArrayList<>();
        members.add(TarEntry.directory(dir, modified));
        members.add(TarEntry.directory(dir + "/html", modified));
        for (String name : HTML) {
            members.add(TarEntry.file(dir + "/html/" + name, webFile(name, spec).length(), modified));
        }
        TarEntry image = TarEntry.file(dir + "/" + dir + ".bin", spec.fileSize(), modified);
        members.add(image);
        String suffix = spec.featureSet() + "-" + spec.version().fileToken();
        String feature = spec.featureSet().startsWith("lanbase")
                ? "LAYER_2|SSH|3DES|MIN_DRAM_MEG=64"
                : "LAYER_2|LAYER_3|SSH|3DES|MIN_DRAM_MEG=128";
        ArchiveInfo partial = new ArchiveInfo(
                suffix,
                dir,
                dir + ".bin",
                image.archiveBytes(),
                0,
                feature,
                spec.platform().toUpperCase(Locale.ROOT));
        // the directory's own info counts towards the total it states: a few hundred bytes, one block whatever
        // the total's digits
        members.add(TarEntry.file(dir + "/info", partial.bytes().length, modified));
        long total = members.stream().mapToLong(TarEntry::archiveBytes).sum();
        return new ArchiveInfo(suffix, dir, dir + ".bin", image.archiveBytes(), total, feature, partial.imageFamily());
    }

    private static String webFile(String name, ImageSpec spec) {
        String version = spec.version().text();
        return switch (name) {
            case "home.htm" ->
                "<html><head><title>Device Manager " + version + "</title></head>\n"
                        + "<body><script src=\"appsui.js\"></script></body></html>\n";
            case "stylesheet.css" -> "body { font-family: Arial, Helvetica, sans-serif; font-size: 12px; }\n";
            default ->
                "// " + name + " for " + directory(spec) + "\nfunction version() { return \"" + version + "\"; }\n";
        };
    }
}
