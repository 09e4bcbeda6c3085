package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CopyTftpIT {
    private CopyLab lab;

    @BeforeEach
    void startLab() throws Exception {
        lab = new CopyLab();
    }

    @AfterEach
    void stopLab() throws Exception {
        lab.close();
    }

    @Test
    void interactiveCopyFromTftpLoadsTheImageIntoFlash() throws Exception {
        Golden.check(lab.session(), "tftp-interactive");

        assertThat(Files.readAllBytes(lab.flash().path("/" + CopyLab.NEW_IMAGE)))
                .isEqualTo(lab.serverFile(CopyLab.NEW_IMAGE));
    }
}
