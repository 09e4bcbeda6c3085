package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-memory folder the lab servers serve. */
class LabRootTest {
    private final FileSystem host = Jimfs.newFileSystem(Configuration.unix());
    private final Path images = host.getPath("/images");

    @AfterEach
    void close() throws IOException {
        host.close();
    }

    @Test
    void holdsACopyOfTheImagesAndAnEmptyUploadFolder() throws IOException {
        Files.createDirectories(images);
        Files.write(images.resolve("a.bin"), new byte[100_000]);

        try (LabRoot lab = LabRoot.of(images, 1 << 20)) {
            assertThat(Files.size(lab.root().resolve("a.bin"))).isEqualTo(100_000);
            assertThat(Files.isDirectory(lab.root().resolve("upload"))).isTrue();
        }
    }

    @Test
    void aFolderThatIsNotThereIsOneClearError() {
        assertThatThrownBy(() -> LabRoot.of(images, 1 << 20))
                .isInstanceOf(java.nio.file.NoSuchFileException.class)
                .hasMessage("/images: no such image folder");
    }

    @Test
    void uploadsBeyondTheirRoomAreRefusedAsAFullDisk() throws IOException {
        Files.createDirectories(images);
        Files.write(images.resolve("a.bin"), new byte[100_000]);

        try (LabRoot lab = LabRoot.of(images, 256 * 1024)) {
            Files.write(lab.root().resolve("upload/fits.bin"), new byte[128 * 1024]);
            assertThatThrownBy(() -> Files.write(lab.root().resolve("upload/big.bin"), new byte[512 * 1024]))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("out of disk space");
        }
    }
}
