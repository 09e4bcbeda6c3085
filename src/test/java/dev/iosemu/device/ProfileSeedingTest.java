package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.DeviceProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's profile sets up a broken device: damaged and foreign images, any host file, a start in the loader. */
class ProfileSeedingTest {
    private final TestClock clock = new TestClock();

    @Test
    void aRouterSeededWithBrokenImagesSkipsThemAndStopsInRommon(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not an image\n");
        String yaml = Files.readString(Path.of("devices/c1941.yaml"))
                .replace(
                        "initialFlash:\n",
                        "startInLoader: true\ninitialFlash:\n"
                                + "  - {path: c1900-universalk9-mz.SPA.157-3.M8.bin, image: {version: 15.7(3)M8},"
                                + " corrupt: true, size: 300000}\n"
                                + "  - {path: c2900-universalk9-mz.SPA.157-3.M8.bin,"
                                + " image: {platform: c2900, version: 15.7(3)M8}, size: 200000}\n"
                                + "  - {path: notes.bin, source: \"" + notes + "\"}\n");
        Router router = Router.create(DeviceProfiles.parse(yaml, "broken"), clock, LabAddressMap.empty());
        RecordingConsole console = new RecordingConsole("confreg 0x2102", "reset");

        BootOutcome outcome = router.powerOn(console.boot());

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(console.output())
                .containsSubsequence("rommon 1 > confreg 0x2102", "rommon 2 > reset")
                .contains("%Error: image \"flash0:c1900-universalk9-mz.SPA.157-3.M8.bin\" failed verification")
                .contains("image is for c2900, this platform is c1900")
                .contains("Version 15.4(3)M3");
        assertThat(router.fileSystems().defaultFileSystem().readText("/notes.bin"))
                .isEqualTo("not an image\n");
    }

    @Test
    void aSwitchThatStartsInItsLoaderHasManualBootSet() throws Exception {
        String yaml = Files.readString(Path.of("devices/c2960x.yaml"))
                .replace("initialFlash:\n", "startInLoader: true\ninitialFlash:\n");
        Router router = Router.create(DeviceProfiles.parse(yaml, "manual"), clock, LabAddressMap.empty());
        RecordingConsole console = new RecordingConsole("unset MANUAL_BOOT", "boot");

        assertThat(router.powerOn(console.boot())).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(console.output())
                .contains("The system is not configured to boot automatically.")
                .contains("switch: unset MANUAL_BOOT");
    }
}
