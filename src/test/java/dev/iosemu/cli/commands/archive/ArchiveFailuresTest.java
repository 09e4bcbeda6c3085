package dev.iosemu.cli.commands.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.ExecFixture;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.image.ArchiveInfo;
import dev.iosemu.image.CatalystArchive;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;
import dev.iosemu.image.TarEntry;
import dev.iosemu.image.TarWriter;
import dev.iosemu.testing.FlashContents;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An archive that cannot be installed leaves flash byte-identical and the switch bootable. */
class ArchiveFailuresTest {
    private static final ImageSpec NEW = ImageSpec.ofFileSize("c2960x", "15.2(7)E8", "universalk9", 800_000);

    @Test
    void archiveLargerThanFlashFailsBeforeExtracting() throws Exception {
        ExecFixture fixture = smallFlash();
        LocalFileSystem flash = fixture.router.fileSystems().defaultFileSystem();
        flash.write("/new.tar", archive(NEW, false));
        Map<String, String> before = FlashContents.of(flash);

        String out = fixture.exec("archive download-sw /overwrite flash:new.tar");

        assertThat(out)
                .contains("examining image...")
                .contains("ERROR: Not enough free space in \"flash:/\"\nERROR: Clean up and try again.")
                .doesNotContain("Extracting images");
        assertThat(FlashContents.of(flash)).isEqualTo(before);
        assertBootsTheOldImage(fixture);
    }

    @Test
    void flashFillingUpInTheMiddleOfTheExtractionLeavesItAsItWas() throws Exception {
        ExecFixture fixture = smallFlash();
        LocalFileSystem flash = fixture.router.fileSystems().defaultFileSystem();
        flash.write("/new.tar", archive(NEW, true));
        Map<String, String> before = FlashContents.of(flash);

        String out = fixture.exec("archive download-sw flash:new.tar");

        assertThat(out)
                .contains("Extracting images from archive into flash...")
                .contains("ERROR: Not enough free space in \"flash:/\"")
                .doesNotContain("New software image installed");
        assertThat(FlashContents.of(flash)).isEqualTo(before);
        assertThat(fixture.exec("show boot")).contains("BOOT path-list      :\n");
        assertBootsTheOldImage(fixture);
    }

    /** A 2960-X whose flash holds its image and the archive, with no room for a third copy. */
    private static ExecFixture smallFlash() throws Exception {
        return ExecFixture.enabled("c2960x", yaml -> yaml.replace("size: 122185728", "size: 2300000"));
    }

    /**
     * The archive of {@code spec}; {@code understated} makes its info claim a tiny directory, so the space check
     * passes and flash runs out part way.
     */
    private static byte[] archive(ImageSpec spec, boolean understated) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!understated) {
            CatalystArchive.write(spec, Channels.newChannel(out));
            return out.toByteArray();
        }
        ArchiveInfo real = CatalystArchive.info(spec);
        ArchiveInfo small = new ArchiveInfo(
                real.versionSuffix(),
                real.versionDirectory(),
                real.imageName(),
                512,
                1024,
                real.imageFeature(),
                real.imageFamily());
        String dir = real.versionDirectory();
        TarWriter tar = new TarWriter(Channels.newChannel(out));
        tar.file("info", ArchiveInfo.topLevel(real.versionSuffix(), dir).bytes(), 0);
        tar.directory(dir, 0);
        tar.file(dir + "/info", small.bytes(), 0);
        ImageWriter.write(spec, tar.file(TarEntry.file(dir + "/" + real.imageName(), spec.fileSize(), 0)));
        tar.finish();
        return out.toByteArray();
    }

    private static void assertBootsTheOldImage(ExecFixture fixture) {
        assertThat(fixture.exec("reload", ""))
                .contains("Loading \"flash:/c2960x-universalk9-mz.152-4.E8.bin\"")
                .contains("Press RETURN");
    }
}
