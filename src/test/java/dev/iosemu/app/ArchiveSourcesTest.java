package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code archive download-sw} reaches every network scheme {@code copy} does, through the device's lab. */
class ArchiveSourcesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String TAR = "c2960x-universalk9-tar.152-7.E8.tar";

    @Test
    void anArchiveFromTheLabsScpServerInstallsAsOneFromTftpDoes() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().profile("c2960x").clock(CLOCK).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);

            String help = console.exec("archive download-sw ?");
            String install = console.exec("archive download-sw /overwrite scp://cisco:cisco@192.168.1.10/" + TAR);

            assertThat(help)
                    .contains("scp:")
                    .contains("http:")
                    .contains("tftp:")
                    .contains("ftp:");
            assertThat(install)
                    .contains("New software image installed in flash:/c2960x-universalk9-mz.152-7.E8")
                    .contains("All software images installed.");
            assertThat(console.exec("show boot"))
                    .contains("flash:/c2960x-universalk9-mz.152-7.E8/c2960x-universalk9-mz.152-7.E8.bin");
        }
    }
}
