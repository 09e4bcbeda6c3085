package dev.iosemu.cli.commands.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileErrorTextTest {
    @Test
    void rendersVerbLocationAndTheFileSystemReason() {
        assertThat(FileErrorText.of(FileAction.OPENING, "flash:/x", new NoSuchFileException("/x")))
                .isEqualTo("%Error opening flash:/x (No such file or directory)");
        assertThat(FileErrorText.of(FileAction.REMOVING_DIRECTORY, "flash:/d", new DirectoryNotEmptyException("/d")))
                .isEqualTo("%Error Removing dir flash:/d (Directory not empty)");
    }

    @Test
    void aCommandFailurePrintsTheSameLine() {
        assertThat(FileErrorText.failure(FileAction.DELETING, "flash0:/x", "No such file or directory")
                        .getMessage())
                .isEqualTo("%Error deleting flash0:/x (No such file or directory)");
    }
}
