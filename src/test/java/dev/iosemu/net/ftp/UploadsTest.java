package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UploadsTest {
    private FileSystem fs;
    private Path folder;
    private Path target;
    private final Uploads uploads = new Uploads();

    @BeforeEach
    void createFolder() throws IOException {
        fs = Jimfs.newFileSystem(Configuration.unix());
        folder = Files.createDirectories(fs.getPath("/srv"));
        target = folder.resolve("r1-confg");
        Files.writeString(target, "old");
    }

    @AfterEach
    void closeFileSystem() throws IOException {
        fs.close();
    }

    private String[] entries() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toArray(String[]::new);
        }
    }

    @Test
    void targetKeepsItsOldContentWhileTheUploadIsWritten() throws IOException {
        try (OutputStream out = uploads.open(target)) {
            out.write("new".getBytes());
            assertThat(Files.readString(target)).isEqualTo("old");
            assertThat(entries()).hasSize(2).anyMatch(name -> Uploads.isHidden(folder.resolve(name)));
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(entries()).containsExactly("r1-confg");
    }

    @Test
    void successfulVerdictKeepsTheUpload() throws IOException {
        try (OutputStream out = uploads.open(target)) {
            out.write("new".getBytes());
        }
        uploads.settle(true);
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void failedVerdictRemovesTheTruncatedUpload() throws IOException {
        try (OutputStream out = uploads.open(target)) {
            out.write("trunc".getBytes());
        }
        uploads.settle(false);
        assertThat(entries()).isEmpty();
    }

    @Test
    void endOfSessionDiscardsUnfinishedUploads() throws IOException {
        OutputStream out = uploads.open(target);
        out.write("half".getBytes());
        uploads.discardAll();
        assertThat(entries()).containsExactly("r1-confg");
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void closingTwiceLandsOnce() throws IOException {
        OutputStream out = uploads.open(target);
        out.write("new".getBytes());
        out.close();
        uploads.settle(true);
        out.close();
        assertThat(Files.readString(target)).isEqualTo("new");
    }
}
