package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --More--} holds finished listings, never a running operation: a copy or verify whose marks fill
 * more than a screen (terminal length 24) runs to its result without a key; {@code show} still pages.
 * {@link HeadlessSession#exec} fails on any prompt no answer was queued for, the pager's included, so a
 * copy held by {@code --More--} fails these tests.
 */
class ProgressPagingTest {
    /** 15 MiB: 240 marks at 64 KiB each, 24 rows at terminal width 10, more than a page of 24 lines. */
    private static final int BIG = 15 << 20;

    private VirtualDevice device;
    private HeadlessSession console;

    @BeforeEach
    void aBigFileOnTheLabServerAndASmallScreen(@TempDir Path images) throws Exception {
        try (OutputStream out = Files.newOutputStream(images.resolve("big.dat"))) {
            out.write(new byte[BIG]);
        }
        device = VirtualDevice.builder().images(images).build();
        device.powerOn();
        console = device.openSession();
        LabReady.enable(console);
        console.exec("terminal length 24");
        console.exec("terminal width 10");
    }

    @AfterEach
    void close() throws Exception {
        device.close();
    }

    @Test
    void aTftpCopyWhoseMarksFillSeveralPagesRunsToItsResultWithoutMore() {
        String out = console.exec("copy tftp://192.168.1.10/big.dat flash:big.dat", "");

        assertThat(out).doesNotContain("--More--").contains("!".repeat(240)).contains(BIG + " bytes copied");
    }

    @Test
    void verifyMd5DotsAreNotPagedEither() {
        console.exec("copy tftp://192.168.1.10/big.dat flash:big.dat", "");

        String out = console.exec("verify /md5 flash:big.dat");

        assertThat(out).doesNotContain("--More--").contains(".".repeat(240)).contains("verify /md5 (flash:big.dat) = ");
    }

    @Test
    void showOutputLongerThanAPageStillStopsAtMore() {
        console.exec("terminal width 80");

        String out = console.exec("show running-config", "q");

        assertThat(out.lines()).hasSize(23);
    }
}
