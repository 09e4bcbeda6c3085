package dev.iosemu.app;

import java.io.IOException;
import java.io.InputStream;
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

    private PracticeImages() {}

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
