package dev.iosemu.app;

import dev.iosemu.device.InitialFile;
import dev.iosemu.fs.local.ImageStore;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageReader;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;
import dev.iosemu.image.NotAnImageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The practice images iosemu ships (the files of {@code images/} in the source tree), carried on the class
 * path so the lab serves them from any working directory, from the executable jar and from a project that
 * depends on iosemu. Reading them from the jar is far quicker than building them again at each start.
 */
final class PracticeImages {
    /** Where the build puts them on the class path; a folder of our own, so no project's resources clash. */
    static final String FOLDER = "/dev/iosemu/images/";

    /** The shipped files, as README's image table lists them. */
    static final List<String> NAMES = List.of(
            "c1900-universalk9-mz.SPA.154-3.M3.bin",
            "c1900-universalk9-mz.SPA.157-3.M8.bin",
            "c1900-universalk9-mz.SPA.158-3.M2.bin",
            "c2900-universalk9-mz.SPA.157-3.M8.bin",
            "c2960x-universalk9-mz.152-4.E8.bin",
            "c2960x-universalk9-mz.152-7.E8.bin",
            "isr4300-universalk9.16.09.05.SPA.bin",
            "isr4300-universalk9.17.09.04a.SPA.bin",
            "isr4400-universalk9.16.06.05.SPA.bin",
            "c2960x-universalk9-tar.152-7.E8.tar");

    /**
     * The practice images that are exactly what {@code image build} makes of the spec their header names: all but
     * the damaged one (a sound header over a changed payload) and the archive. {@code PracticeImagesTest} builds
     * each again and compares.
     */
    static final List<String> BUILT_FROM_THEIR_SPEC = NAMES.stream()
            .filter(name -> name.endsWith(".bin") && !name.equals("c1900-universalk9-mz.SPA.158-3.M2.bin"))
            .toList();

    private PracticeImages() {}

    /**
     * Makes in {@code store}, under the key the device asks for, each initial image of {@code files} that has a
     * practice image of its name: copied from the class path when that image is what its spec builds (the header of
     * that spec), else built. Generating and hashing a megabyte in a JVM that has only just started took its first
     * prompt about two hundredths of a second; inflating it from the jar takes a few thousandths.
     */
    static void seed(ImageStore store, List<InitialFile> files) throws IOException {
        for (InitialFile file : files) {
            if (file instanceof InitialFile.Image image) {
                String name = image.path().substring(image.path().lastIndexOf(':') + 1);
                String fileName = name.substring(name.lastIndexOf('/') + 1);
                if (BUILT_FROM_THEIR_SPEC.contains(fileName)) {
                    store.intern(ImageWriter.key(image.spec()), out -> {
                        if (isBuiltFrom(fileName, image.spec())) {
                            copy(FOLDER + fileName, out);
                        } else {
                            ImageWriter.write(image.spec(), out);
                        }
                    });
                }
            }
        }
    }

    private static boolean isBuiltFrom(String name, ImageSpec spec) throws IOException {
        try (InputStream in = PracticeImages.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return false;
            }
            ImageHeader header = ImageReader.readHeader(Channels.newChannel(in));
            return spec.withMd5(header.embeddedMd5()).equals(header);
        } catch (NotAnImageException e) {
            return false;
        }
    }

    private static void copy(String resource, WritableByteChannel out) throws IOException {
        try (InputStream in = PracticeImages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NoSuchFileException(resource, null, "practice image missing from the class path");
            }
            in.transferTo(Channels.newOutputStream(out));
        }
    }

    /**
     * Every practice image by file name, in {@link #NAMES} order.
     *
     * @throws NoSuchFileException if one is missing from the class path (a build without its resources)
     */
    static Map<String, byte[]> load() throws IOException {
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (String name : NAMES) {
            try (InputStream in = PracticeImages.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new NoSuchFileException(FOLDER + name, null, "practice image missing from the class path");
                }
                images.put(name, in.readAllBytes());
            }
        }
        return images;
    }
}
