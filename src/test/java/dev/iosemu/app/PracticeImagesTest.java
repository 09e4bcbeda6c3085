package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.device.InitialFile;
import dev.iosemu.fs.local.ImageStore;
import dev.iosemu.image.ImageReader;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void eachImageSaidToBeBuiltFromItsSpecIsWhatImageBuildMakesOfIt() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            for (String name : PracticeImages.BUILT_FROM_THEIR_SPEC) {
                Path shipped = Path.of("images", name);
                Path built = fs.getPath("/" + name);

                ImageWriter.write(ImageReader.readHeader(shipped).spec(), built);

                assertThat(Files.readAllBytes(built)).as(name).isEqualTo(Files.readAllBytes(shipped));
            }
        }
    }

    @Test
    void aDevicesInitialImageIsTheShippedImageOfItsNameAndSpec() throws Exception {
        ImageStore store = ImageStore.create();
        try (VirtualDevice device =
                VirtualDevice.builder().labServers(false).imageStore(store).build()) {
            Path flash = device.router()
                    .fileSystems()
                    .defaultFileSystem()
                    .readablePath("/c1900-universalk9-mz.SPA.154-3.M3.bin");

            Path shipped = Path.of("images", "c1900-universalk9-mz.SPA.154-3.M3.bin");
            ImageStore.Blob stored =
                    store.intern(ImageWriter.key(ImageReader.readHeader(shipped).spec()), out -> {
                        throw new AssertionError("stored already");
                    });

            assertThat(Files.readAllBytes(flash)).isEqualTo(Files.readAllBytes(shipped));
            assertThat(Files.readAllBytes(stored.path())).isEqualTo(Files.readAllBytes(shipped));
        } finally {
            store.close();
        }
    }

    @Test
    void anImageOfAShippedNameButAnotherSpecIsBuiltFromItsSpec() throws IOException {
        ImageStore store = ImageStore.create();
        ImageSpec other = ImageSpec.of("c1900", "15.4(3)M3", "universalk9", 4096);
        List<InitialFile> files = List.of(new InitialFile.Image("flash0:c1900-universalk9-mz.SPA.154-3.M3.bin", other));
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            PracticeImages.seed(store, files);
            Path built = fs.getPath("/built.bin");
            ImageWriter.write(other, built);

            ImageStore.Blob blob = store.intern(ImageWriter.key(other), out -> {
                throw new AssertionError("seeded already");
            });

            assertThat(Files.readAllBytes(blob.path())).isEqualTo(Files.readAllBytes(built));
        } finally {
            store.close();
        }
    }
}
