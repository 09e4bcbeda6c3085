package dev.iosemu.device.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.image.BundleExpansion;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;
import dev.iosemu.image.InstallPackage;
import dev.iosemu.image.PackagesConf;
import dev.iosemu.testing.FlashContents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BundleExpanderTest {
    private static final String BUNDLE = "/isr4300-universalk9.17.09.04a.SPA.bin";
    private static final ImageSpec SPEC = ImageSpec.ofFileSize("isr4300", "17.9.4a", "universalk9", 600_000);

    private DeviceFileSystems device;

    @AfterEach
    void close() throws IOException {
        device.close();
    }

    @Test
    void packagesAreTheBundlesPayloadInSlicesWithTheirChecksums() throws IOException {
        LocalFileSystem flash = flash(4 << 20);
        ImageHeader header = placeBundle(flash);
        BundleExpansion plan = new BundleExpansion(header);

        PackagesConf conf = BundleExpander.expand(flash, BUNDLE, plan, "/", plan.provisioningFileName());

        assertThat(conf.packages()).hasSize(10);
        byte[] bundle = Files.readAllBytes(flash.readablePath(BUNDLE));
        long offset = ImageHeader.SIZE;
        for (InstallPackage p : conf.packages()) {
            byte[] content = read(flash, "/" + p.fileName());
            assertThat(content)
                    .isEqualTo(java.util.Arrays.copyOfRange(bundle, (int) offset, (int) (offset + p.length())));
            CRC32C crc = new CRC32C();
            crc.update(content);
            assertThat(p.crc32c()).isEqualTo((int) crc.getValue());
            offset += p.length();
        }
        assertThat(PackagesConf.parse(flash.readText("/" + plan.provisioningFileName())))
                .contains(conf);
    }

    @Test
    void noSpaceInTheMiddleLeavesFlashByteIdentical() throws IOException {
        LocalFileSystem flash = flash(1 << 20); // the bundle fits, its expansion does not
        ImageHeader header = placeBundle(flash);
        flash.write("/keep.txt", "keep\n".getBytes());
        Map<String, String> before = FlashContents.of(flash);

        assertThatThrownBy(
                        () -> BundleExpander.expand(flash, BUNDLE, new BundleExpansion(header), "/", "packages.conf"))
                .isInstanceOf(NotEnoughSpaceException.class);

        assertThat(FlashContents.of(flash)).isEqualTo(before);
    }

    @Test
    void spaceNeededCountsEveryPackageInWholeBlocks() throws IOException {
        LocalFileSystem flash = flash(4 << 20);
        BundleExpansion plan = new BundleExpansion(ImageWriter.header(SPEC));

        assertThat(BundleExpander.bytesNeeded(flash, plan))
                .isGreaterThanOrEqualTo(SPEC.payloadLength())
                .isLessThan(SPEC.payloadLength() + 12 * flash.allocationFor(1));
    }

    private LocalFileSystem flash(long size) {
        device = DeviceFileSystems.create(
                List.of(LocalFileSystemSpec.of("bootflash:", FileSystemType.DISK, size)),
                Clock.fixed(Instant.parse("1993-03-01T00:00:00Z"), ZoneOffset.UTC));
        return device.defaultFileSystem();
    }

    private static ImageHeader placeBundle(LocalFileSystem flash) throws IOException {
        return ImageWriter.write(SPEC, flash.readablePath(BUNDLE));
    }

    private static byte[] read(LocalFileSystem flash, String path) throws IOException {
        try (InputStream in = flash.openRead(path)) {
            return in.readAllBytes();
        }
    }
}
