package dev.iosemu.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FsErrorsTest {
    @Test
    void mapsFileSystemFailuresToIosReasons() {
        assertThat(FsErrors.reason(new NoSuchFileException("/x"))).isEqualTo("No such file or directory");
        assertThat(FsErrors.reason(new FileAlreadyExistsException("/x"))).isEqualTo("File exists");
        assertThat(FsErrors.reason(new DirectoryNotEmptyException("/x"))).isEqualTo("Directory not empty");
        assertThat(FsErrors.reason(new NotEnoughSpaceException("/x", 8192, 4096)))
                .isEqualTo("Not enough space on device");
        assertThat(FsErrors.reason(new CopyCancelledException("stop"))).isEqualTo("Interrupted");
        assertThat(FsErrors.reason(new SocketTimeoutException())).isEqualTo("Timed out");
    }

    @Test
    void theDevicesOwnFailuresAreNamedByTheirType() {
        assertThat(FsErrors.reason(new ReadOnlyException("/x"))).isEqualTo("Read-only file system");
        assertThat(FsErrors.reason(new AccessDeniedException("/x"))).isEqualTo("Permission denied");
        assertThat(FsErrors.reason(new IsDirectoryException("/x"))).isEqualTo("Is a directory");
        assertThat(FsErrors.reason(new NotSupportedException(null))).isEqualTo("Operation not supported");
    }

    @Test
    void aForeignFileSystemFailureKeepsItsReasonAndAnythingElseIsAnIoError() {
        assertThat(FsErrors.reason(new FileSystemException("/x", null, "Is a directory")))
                .isEqualTo("Is a directory");
        assertThat(FsErrors.reason(new IOException("boom"))).isEqualTo("I/O error");
    }
}
