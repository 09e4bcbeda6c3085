package dev.iosemu.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageNameTest {

    @ParameterizedTest
    @CsvSource({
        "c1900-universalk9-mz.SPA.157-3.M8.bin, c1900, universalk9, 15.7(3)M8, true",
        "c1900-universalk9-mz.SPA.154-3.M3.bin, c1900, universalk9, 15.4(3)M3, true",
        "c2960x-universalk9-mz.152-7.E8.bin, c2960x, universalk9, 15.2(7)E8, false",
        "c2960-lanbasek9-mz.150-2.SE4.bin, c2960, lanbasek9, 15.0(2)SE4, false",
        "c2800nm-advipservicesk9-mz.124-6.T.bin, c2800nm, advipservicesk9, 12.4(6)T, false",
        "isr4300-universalk9.17.09.04a.SPA.bin, isr4300, universalk9, 17.9.4a, true",
        "isr4300-universalk9.16.09.05.SPA.bin, isr4300, universalk9, 16.9.5, true",
        "c1900-universalk9_npe-mz.SPA.152-4.M3.bin, c1900, universalk9_npe, 15.2(4)M3, true"
    })
    void parsesCiscoFileNamesAndFormatsThemBack(
            String fileName, String platform, String featureSet, String version, boolean signed) {
        ImageName name = ImageName.parse(fileName).orElseThrow();

        assertThat(name.platform()).isEqualTo(platform);
        assertThat(name.featureSet()).isEqualTo(featureSet);
        assertThat(name.version().text()).isEqualTo(version);
        assertThat(name.signed()).isEqualTo(signed);
        assertThat(name.fileName()).isEqualTo(fileName);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multiple-fs",
                "cpconfig-19xx.cfg",
                "c1900-universalk9-mz.SPA.157-3.M8",
                "isr4300-universalk9.03.16.04b.S.155-3.S4b-ext.SPA.bin",
                "C1900-UNIVERSALK9-MZ.SPA.157-3.M8.bin"
            })
    void otherFileNamesAreNotImageNames(String fileName) {
        assertThat(ImageName.parse(fileName)).isEmpty();
    }

    @Test
    void canonicalNamesAreSignedExceptOnCatalystSwitches() {
        assertThat(ImageName.canonical(ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 0))
                        .fileName())
                .isEqualTo("c1900-universalk9-mz.SPA.157-3.M8.bin");
        assertThat(ImageName.canonical(ImageSpec.of("c2960x", "15.2(7)E8", "universalk9", 0))
                        .fileName())
                .isEqualTo("c2960x-universalk9-mz.152-7.E8.bin");
        assertThat(ImageName.canonical(ImageSpec.of("isr4300", "17.9.4a", "universalk9", 0))
                        .fileName())
                .isEqualTo("isr4300-universalk9.17.09.04a.SPA.bin");
        assertThat(ImageName.canonical(ImageSpec.of("c2900", "15.7(3)M8", "universalk9", 0))
                        .fileName())
                .isEqualTo("c2900-universalk9-mz.SPA.157-3.M8.bin");
    }
}
