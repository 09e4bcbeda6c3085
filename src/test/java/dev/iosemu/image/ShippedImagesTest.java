package dev.iosemu.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The practice images committed in {@code images/} (read from the working directory) are what README says. */
class ShippedImagesTest {
    private static final Path IMAGES = Path.of("images");

    @ParameterizedTest
    @CsvSource({
        "c1900-universalk9-mz.SPA.154-3.M3.bin, valid",
        "c1900-universalk9-mz.SPA.157-3.M8.bin, valid",
        "c2960x-universalk9-mz.152-4.E8.bin, valid",
        "c2960x-universalk9-mz.152-7.E8.bin, valid",
        "isr4300-universalk9.16.09.05.SPA.bin, valid",
        "isr4300-universalk9.17.09.04a.SPA.bin, valid",
        "c2900-universalk9-mz.SPA.157-3.M8.bin, valid",
        "c1900-universalk9-mz.SPA.158-3.M2.bin, corrupted"
    })
    void shippedImageInspectsAsIntendedAndMatchesItsName(String fileName, String expected) throws IOException {
        Path file = IMAGES.resolve(fileName);
        ImageName name = ImageName.parse(fileName).orElseThrow();

        ImageInspection inspection = ImageReader.inspect(file);
        ImageHeader header = ImageReader.readHeader(file);

        assertThat(inspection)
                .isInstanceOf(expected.equals("valid") ? ImageInspection.Valid.class : ImageInspection.Corrupted.class);
        assertThat(header.platform()).isEqualTo(name.platform());
        assertThat(header.version()).isEqualTo(name.version());
        assertThat(header.featureSet()).isEqualTo(name.featureSet());
        assertThat(Files.size(file)).isBetween(900_000L, 2L << 20);
    }

    @ParameterizedTest
    @CsvSource({"c1900-universalk9-mz.SPA.157-3.M8.bin, c1900", "c2900-universalk9-mz.SPA.157-3.M8.bin, c2900"})
    void wrongPlatformImageIsValidButForAnotherPlatform(String fileName, String platform) throws IOException {
        assertThat(ImageReader.readHeader(IMAGES.resolve(fileName)).platform()).isEqualTo(platform);
    }

    @ParameterizedTest
    @CsvSource({"c1900-universalk9-mz.SPA.158-3.M2.bin"})
    void corruptedImageKeepsASoundHeaderButFailsItsHash(String fileName) throws IOException {
        ImageInspection inspection = ImageReader.inspect(IMAGES.resolve(fileName));

        assertThat(inspection).isInstanceOfSatisfying(ImageInspection.Corrupted.class, c -> {
            assertThat(c.truncated()).isFalse();
            assertThat(c.computedMd5()).isNotEqualTo(c.embeddedMd5());
        });
    }
}
