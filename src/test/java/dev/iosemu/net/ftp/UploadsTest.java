package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        uploads.settle(true);
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
    void failedVerdictPutsBackTheFileTheUploadReplaced() throws IOException {
        try (OutputStream out = uploads.open(target)) {
            out.write("trunc".getBytes());
        }
        uploads.settle(false);
        assertThat(entries()).containsExactly("r1-confg");
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void failedVerdictOfANewFileRemovesIt() throws IOException {
        Path fresh = folder.resolve("r2-confg");
        try (OutputStream out = uploads.open(fresh)) {
            out.write("trunc".getBytes());
        }
        uploads.settle(false);
        assertThat(entries()).containsExactly("r1-confg");
    }

    @Test
    void anUploadWhoseWriteFailedNeverLands() throws IOException {
        FileSystem small = Jimfs.newFileSystem(
                Configuration.unix().toBuilder().setMaxSize(64 * 1024).build());
        Path smallTarget = Files.createDirectories(small.getPath("/srv")).resolve("r1-confg");
        Files.writeString(smallTarget, "old");
        OutputStream out = uploads.open(smallTarget);

        assertThatThrownBy(() -> out.write(new byte[128 * 1024])).isInstanceOf(IOException.class);
        out.close();
        uploads.settle(false);

        assertThat(Files.readString(smallTarget)).isEqualTo("old");
        try (Stream<Path> list = Files.list(smallTarget.getParent())) {
            assertThat(list).containsExactly(smallTarget);
        }
        small.close();
    }

    @Test
    void endOfSessionBeforeTheVerdictPutsBackTheReplacedFile() throws IOException {
        try (OutputStream out = uploads.open(target)) {
            out.write("new".getBytes());
        }
        uploads.discardAll();
        assertThat(entries()).containsExactly("r1-confg");
        assertThat(Files.readString(target)).isEqualTo("old");
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
