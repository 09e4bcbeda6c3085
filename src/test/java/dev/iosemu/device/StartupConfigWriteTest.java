package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.lab.LabAddressMap;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupConfigWriteTest {
    private Router bootedRouter() throws IOException {
        Router router = Router.create(
                TestDevices.isr(TestDevices.isr().initialFiles(), Optional.of("hostname Old\n"), 0x2102),
                new TestClock(),
                LabAddressMap.empty());
        router.powerOn(new RecordingConsole().boot());
        return router;
    }

    @Test
    void writeReplacesTheStartupConfigAndClearsTheModifiedFlag() throws IOException {
        Router router = bootedRouter();
        router.configure(b -> b.hostname("New"));
        assertThat(router.configModified()).isTrue();

        router.writeMemory();

        assertThat(router.startupConfigText().orElseThrow()).contains("hostname New\n");
        assertThat(router.configModified()).isFalse();
        assertThat(router.fileSystems().find("nvram:").orElseThrow().list("/"))
                .extracting(entry -> entry.name())
                .containsExactly("startup-config");
    }

    @Test
    void aWriteThatRunsOutOfSpaceLeavesTheOldStartupConfig() throws IOException {
        Router router = bootedRouter();
        var nvram = router.fileSystems().find("nvram:").orElseThrow();
        nvram.write("/filler", new byte[(int) nvram.freeBytes() - 512]); // its last block not quite full
        router.configure(b -> b.hostname("New"));

        assertThatThrownBy(router::writeMemory).isInstanceOf(IOException.class);

        assertThat(router.startupConfigText()).contains("hostname Old\n");
        assertThat(router.configModified()).isTrue();
    }

    @Test
    void eraseRemovesTheFileButKeepsTheModifiedFlag() throws IOException {
        Router router = bootedRouter();

        router.eraseStartupConfig();

        assertThat(router.startupConfigText()).isEmpty();
        assertThat(router.configModified()).isFalse();
        assertThat(TestDevices.showStartupConfig(router)).containsExactly("startup-config is not present");
    }
}
