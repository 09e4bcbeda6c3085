package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.fs.local.FileEntry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A copy stopped half way (Ctrl-C, the server gone) reports it and leaves flash exactly as it was. */
class CopyInterruptionIT {
    private static final String COPY = "copy tftp://192.168.1.30/" + CopyLab.NEW_IMAGE + " flash:";

    private final ExecutorService typist = Executors.newSingleThreadExecutor();
    private CopyLab lab;

    @BeforeEach
    void startLab() throws Exception {
        lab = new CopyLab();
    }

    @AfterEach
    void stopLab() throws Exception {
        typist.shutdownNow();
        lab.close();
    }

    @Test
    void ctrlCDuringADownloadLeavesNoPartialFile() throws Exception {
        List<FileEntry> before = lab.flash().walk();
        HeadlessSession session = lab.session();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> session.exec(COPY, ""), typist);

        assertThat(lab.gate.reached.await(10, TimeUnit.SECONDS)).isTrue();
        session.session().interrupt();
        String printed = output.get(10, TimeUnit.SECONDS);
        lab.gate.release.countDown();

        assertThat(printed)
                .contains("Loading " + CopyLab.NEW_IMAGE + " from 192.168.1.30 (via GigabitEthernet0/0): !!")
                .endsWith("%Error reading tftp://192.168.1.30/" + CopyLab.NEW_IMAGE + " (Interrupted)\n");
        assertThat(lab.flash().walk()).isEqualTo(before);
    }

    @Test
    void serverDyingMidTransferFailsTheReadAndLeavesNoPartialFile() throws Exception {
        List<FileEntry> before = lab.flash().walk();
        HeadlessSession session = lab.session();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> session.exec(COPY, ""), typist);

        assertThat(lab.gate.reached.await(10, TimeUnit.SECONDS)).isTrue();
        lab.gatedTftp.close();
        lab.gate.release.countDown();
        String printed = output.get(10, TimeUnit.SECONDS);

        assertThat(printed).contains("%Error reading tftp://192.168.1.30/" + CopyLab.NEW_IMAGE + " (");
        assertThat(lab.flash().walk()).isEqualTo(before);
    }
}
