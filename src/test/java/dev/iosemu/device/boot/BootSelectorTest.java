package dev.iosemu.device.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.MediaEntry;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BootSelectorTest {
    private static final ImageHeader OLD =
            ImageSpec.of("c1900", "15.4(3)M3", "universalk9", 10).withMd5("0".repeat(32));
    private static final ImageHeader NEW =
            ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 10).withMd5("1".repeat(32));
    private static final ImageHeader SWITCH =
            ImageSpec.of("c2960x", "15.2(7)E8", "universalk9", 10).withMd5("2".repeat(32));

    private static final Map<String, ImageCheck> FILES = Map.of(
            "flash0:old.bin", new ImageCheck.Bootable(OLD),
            "flash:new.bin", new ImageCheck.Bootable(NEW),
            "flash0:new.bin", new ImageCheck.Bootable(NEW),
            "flash:switch.bin", new ImageCheck.WrongPlatform(SWITCH),
            "flash:bad.bin", new ImageCheck.Corrupted("payload hash mismatch"),
            "flash:notes.txt", new ImageCheck.NotAnImage("no image magic"),
            "flash0:notes.txt", new ImageCheck.NotAnImage("no image magic"),
            "flash0:bad.bin", new ImageCheck.Corrupted("payload hash mismatch"));

    private static final List<MediaEntry> FLASH = List.of(
            new MediaEntry(1, "notes.txt", 10, false),
            new MediaEntry(2, "dir", 0, true),
            new MediaEntry(3, "old.bin", 522, false),
            new MediaEntry(4, "new.bin", 522, false));

    private final BootSelector selector = new BootSelector(
            "flash0:", BootTarget.Image::new, path -> FILES.getOrDefault(path, new ImageCheck.Missing()));

    @Test
    void firstWorkingBootSystemEntryWins() {
        BootDecision decision = selector.select(0x2102, false, List.of("flash:new.bin", "flash0:old.bin"), FLASH);

        assertThat(decision).isEqualTo(new BootDecision.Load(new BootTarget.Image("flash:new.bin", NEW), List.of()));
    }

    @Test
    void missingForeignCorruptAndNonImageEntriesAreSkippedInOrder() {
        BootDecision decision = selector.select(
                0x2102,
                false,
                List.of("flash:gone.bin", "flash:switch.bin", "flash:bad.bin", "flash:notes.txt", "flash new.bin"),
                FLASH);

        assertThat(decision).isInstanceOf(BootDecision.Load.class);
        assertThat(((BootDecision.Load) decision).target().path()).isEqualTo("flash:new.bin");
        assertThat(decision.rejected())
                .extracting(BootDecision.Rejected::path)
                .containsExactly("flash:gone.bin", "flash:switch.bin", "flash:bad.bin", "flash:notes.txt");
        assertThat(decision.rejected().get(1).problem()).isInstanceOf(ImageCheck.WrongPlatform.class);
    }

    @Test
    void bootSystemFlashWithoutAFileBootsTheFirstImageThereBeforeLaterEntries() {
        BootDecision decision =
                selector.select(0x2102, false, List.of("flash:gone.bin", "flash", "flash:new.bin"), FLASH);

        assertThat(((BootDecision.Load) decision).target().path()).isEqualTo("flash0:old.bin");
        assertThat(decision.rejected()).extracting(BootDecision.Rejected::path).containsExactly("flash:gone.bin");
    }

    @Test
    void withoutWorkingEntriesTheFirstImageInIndexOrderBoots() {
        BootDecision decision = selector.select(0x2102, false, List.of("flash:gone.bin"), FLASH);

        assertThat(((BootDecision.Load) decision).target().path()).isEqualTo("flash0:old.bin");
        assertThat(decision.rejected()).hasSize(1);
    }

    @Test
    void nothingBootableStopsInTheLoader() {
        BootDecision decision = selector.select(
                0x2102,
                false,
                List.of(),
                List.of(new MediaEntry(1, "notes.txt", 1, false), new MediaEntry(2, "bad.bin", 1, false)));

        assertThat(decision).isInstanceOf(BootDecision.Stop.class);
        assertThat(((BootDecision.Stop) decision).reason()).isEqualTo(BootDecision.StopReason.NOTHING_BOOTABLE);
        assertThat(decision.rejected()).extracting(BootDecision.Rejected::path).containsExactly("flash0:bad.bin");
    }

    @Test
    void bootFieldZeroStopsWhateverIsInFlash() {
        assertThat(selector.select(0x2100, false, List.of("flash:new.bin"), FLASH))
                .isEqualTo(new BootDecision.Stop(BootDecision.StopReason.MANUAL, List.of()));
        assertThat(selector.select(0x0, false, List.of(), FLASH)).isInstanceOf(BootDecision.Stop.class);
    }

    @Test
    void manualBootStopsTheSwitchLoader() {
        assertThat(selector.select(0xF, true, List.of(), FLASH)).isInstanceOf(BootDecision.Stop.class);
    }

    @Test
    void bootFieldOneIgnoresBootSystemEntries() {
        BootDecision decision = selector.select(0x2101, false, List.of("flash:new.bin"), FLASH);

        assertThat(((BootDecision.Load) decision).target().path()).isEqualTo("flash0:old.bin");
    }

    @Test
    void explicitBootLoadsOnlyThatFile() {
        assertThat(selector.selectExplicit("flash0:new.bin")).isInstanceOf(BootDecision.Load.class);
        BootDecision missing = selector.selectExplicit("flash:gone.bin");
        assertThat(missing).isInstanceOf(BootDecision.Stop.class);
        assertThat(missing.rejected()).hasSize(1);
    }
}
