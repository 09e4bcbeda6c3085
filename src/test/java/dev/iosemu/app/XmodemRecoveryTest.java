package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.BatchOptions;
import dev.iosemu.cli.CliSession;
import dev.iosemu.device.TestDevices;
import dev.iosemu.image.ImageWriter;
import dev.iosemu.testing.LabReady;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2960's empty flash recovered over the console alone: {@code copy xmodem:} at the loader, as --batch runs it. */
class XmodemRecoveryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    /** The switch's only image deleted, then a reload: the loader's prompt. */
    private static final String TO_THE_LOADER = String.join(
            "\n", "enable", LabReady.SECRET, "delete /force flash:c2960x-universalk9-mz.152-4.E8.bin", "reload", "");

    @TempDir
    Path dir;

    private String run(String script, BatchOptions options) throws Exception {
        StringBuilder transcript = new StringBuilder();
        try (VirtualDevice device = VirtualDevice.builder()
                .profile("c2960x")
                .labServers(false)
                .clock(CLOCK)
                .build()) {
            CliSession session = device.openBatch(new StringReader(script), transcript, options);
            device.serveConsole(session, CliSession::run, false);
        }
        return transcript.toString();
    }

    @Test
    void anEmptyFlashIsRecoveredWithTheImageTheConsoleSendsOverXmodem() throws Exception {
        Path image = dir.resolve("c2960x-universalk9-mz.152-7.E8.bin");
        ImageWriter.write(TestDevices.image("c2960x", "15.2(7)E8"), image);
        String script = String.join(
                "\n",
                TO_THE_LOADER,
                "copy xmodem: flash:c2960x-universalk9-mz.152-7.E8.bin",
                "set BOOT flash:/c2960x-universalk9-mz.152-7.E8.bin",
                "boot",
                "enable",
                LabReady.SECRET,
                "verify flash:c2960x-universalk9-mz.152-7.E8.bin",
                "show version | include Version 15");

        String transcript = run(script, new BatchOptions(false, result -> {}, new XmodemFileTerminal(image)));

        assertThat(transcript)
                .contains("switch: copy xmodem: flash:c2960x-universalk9-mz.152-7.E8.bin\n"
                        + "Begin the Xmodem or Xmodem-1K transfer now...\n")
                .contains("File \"xmodem:\" successfully copied to \"flash:c2960x-universalk9-mz.152-7.E8.bin\"")
                .contains("Verified flash:c2960x-universalk9-mz.152-7.E8.bin")
                .contains("Version 15.2(7)E8");
    }

    @Test
    void aScriptWithoutAFileToSendIsToldHowToGiveOne() throws Exception {
        String script = String.join("\n", TO_THE_LOADER, "copy xmodem: flash:x.bin");

        String transcript = run(script, BatchOptions.DEFAULT);

        assertThat(transcript)
                .contains("unable to copy xmodem: to flash:x.bin: this console carries no XMODEM transfer (a terminal"
                        + " can; in batch mode, --xmodem-file)");
    }
}
