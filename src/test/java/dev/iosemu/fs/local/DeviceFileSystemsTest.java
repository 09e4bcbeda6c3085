package dev.iosemu.fs.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.IosLocation;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceFileSystemsTest {
    private static final Instant START = Instant.parse("1993-03-01T00:01:03Z");

    private static List<LocalFileSystemSpec> isr() {
        return List.of(
                LocalFileSystemSpec.of("system:", FileSystemType.OPAQUE, 0),
                LocalFileSystemSpec.of("flash0:", FileSystemType.DISK, 256_487_424L)
                        .withAliases("flash:")
                        .asDefault()
                        .asBootable(),
                LocalFileSystemSpec.of("nvram:", FileSystemType.NVRAM, 262_136));
    }

    @Test
    void findsFileSystemsByPrefixOrAliasInAnyCase() throws IOException {
        try (DeviceFileSystems device = DeviceFileSystems.create(isr(), Clock.fixed(START, ZoneOffset.UTC))) {
            assertThat(device.find("flash:").orElseThrow().prefix()).isEqualTo("flash0:");
            assertThat(device.find("FLASH0:").orElseThrow().prefix()).isEqualTo("flash0:");
            assertThat(device.find("usbflash0:")).isEmpty();
            assertThat(device.defaultFileSystem().prefix()).isEqualTo("flash0:");
            assertThat(device.all())
                    .extracting(LocalFileSystem::prefix)
                    .containsExactly("system:", "flash0:", "nvram:");
        }
    }

    @Test
    void parserKnowsTheDevicePrefixesAndResolvesToTheFileSystem() throws Exception {
        try (DeviceFileSystems device = DeviceFileSystems.create(isr(), Clock.fixed(START, ZoneOffset.UTC))) {
            IosLocation.LocalPath path = (IosLocation.LocalPath) device.parser().parse("flash:c1900.bin");

            assertThat(path.render()).isEqualTo("flash0:/c1900.bin");
            assertThat(device.resolve(path)).isSameAs(device.defaultFileSystem());
            assertThat(device.parser().parse("startup-config").render()).isEqualTo("nvram:startup-config");
        }
    }

    @Test
    void withoutADeclaredDefaultTheFirstSizedFileSystemIsDefault() throws IOException {
        List<LocalFileSystemSpec> specs = List.of(
                LocalFileSystemSpec.of("system:", FileSystemType.OPAQUE, 0),
                LocalFileSystemSpec.of("flash:", FileSystemType.FLASH, 65_544_192));
        try (DeviceFileSystems device = DeviceFileSystems.create(specs, Clock.fixed(START, ZoneOffset.UTC))) {
            assertThat(device.defaultFileSystem().prefix()).isEqualTo("flash:");
        }
    }

    @Test
    void rejectsTwoDefaults() {
        List<LocalFileSystemSpec> specs = List.of(
                LocalFileSystemSpec.of("flash0:", FileSystemType.DISK, 4096).asDefault(),
                LocalFileSystemSpec.of("flash1:", FileSystemType.DISK, 4096).asDefault());

        assertThatThrownBy(() -> DeviceFileSystems.create(specs, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void specRejectsBadValuesNamingThem() {
        assertThatThrownBy(() -> LocalFileSystemSpec.of("Flash", FileSystemType.DISK, 4096))
                .hasMessageContaining("Flash");
        assertThatThrownBy(() -> LocalFileSystemSpec.of("flash:", FileSystemType.DISK, 0))
                .hasMessageContaining("flash:");
        assertThat(FileSystemType.fromLabel("disk")).isEqualTo(FileSystemType.DISK);
        assertThat(AccessMode.fromLabel("ro")).isEqualTo(AccessMode.READ_ONLY);
    }
}
