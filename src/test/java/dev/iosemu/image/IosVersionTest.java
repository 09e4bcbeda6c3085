package dev.iosemu.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IosVersionTest {

    @ParameterizedTest
    @CsvSource({
        "15.7(3)M8, 157-3.M8, CLASSIC_IOS",
        "15.2(7)E8, 152-7.E8, CLASSIC_IOS",
        "15.0(2)SE4, 150-2.SE4, CLASSIC_IOS",
        "12.2(55)SE9, 122-55.SE9, CLASSIC_IOS",
        "12.4(6)T, 124-6.T, CLASSIC_IOS",
        "17.9.4a, 17.09.04a, IOS_XE",
        "16.9.5, 16.09.05, IOS_XE",
        "16.12.10, 16.12.10, IOS_XE"
    })
    void displayFormAndFileTokenConvertBothWays(String text, String token, ImageFamily family) {
        IosVersion version = IosVersion.parse(text);

        assertThat(version.fileToken()).isEqualTo(token);
        assertThat(version.family()).isEqualTo(family);
        assertThat(IosVersion.fromFileToken(token)).contains(version);
    }

    @Test
    void iosXeHasAPaddedFormForTheFirstShowVersionLine() {
        assertThat(IosVersion.parse("17.9.4a").padded()).isEqualTo("17.09.04a");
        assertThat(IosVersion.parse("17.09.04a").text()).isEqualTo("17.9.4a");
        assertThat(IosVersion.parse("15.7(3)M8").padded()).isEqualTo("15.7(3)M8");
    }

    @Test
    void iosXeTrainsHaveReleaseNames() {
        assertThat(IosVersion.parse("16.6.5").xeReleaseName()).contains("Everest");
        assertThat(IosVersion.parse("16.9.5").xeReleaseName()).contains("Fuji");
        assertThat(IosVersion.parse("17.9.4a").xeReleaseName()).contains("Cupertino");
        assertThat(IosVersion.parse("15.7(3)M8").xeReleaseName()).isEmpty();
    }

    @Test
    void rejectsTextThatIsNoVersion() {
        assertThatThrownBy(() -> IosVersion.parse("15.7.3.M8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'15.7.3.M8'");
        assertThat(IosVersion.fromFileToken("157.3.M8")).isEmpty();
    }
}
