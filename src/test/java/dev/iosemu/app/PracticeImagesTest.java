package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The practice images on the class path are exactly the files of {@code images/}, so README's table holds for both. */
class PracticeImagesTest {
    @Test
    void theClassPathCarriesEveryImageOfTheImagesFolderByteForByte() throws IOException {
        Map<String, byte[]> loaded = PracticeImages.load();

        try (Stream<Path> files = Files.list(Path.of("images"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".bin") || n.endsWith(".tar")))
                    .containsExactlyInAnyOrderElementsOf(PracticeImages.NAMES);
        }
        for (String name : PracticeImages.NAMES) {
            assertThat(loaded.get(name)).as(name).isEqualTo(Files.readAllBytes(Path.of("images", name)));
        }
    }

    @Test
    void theLabRootServesThemWithAnEmptyUploadFolder() throws IOException {
        try (LabRoot lab = LabRoot.practice(1 << 20)) {
            for (String name : PracticeImages.NAMES) {
                assertThat(Files.size(lab.root().resolve(name))).isEqualTo(Files.size(Path.of("images", name)));
            }
            assertThat(Files.isDirectory(lab.root().resolve("upload"))).isTrue();
        }
    }
}
