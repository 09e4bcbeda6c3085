package dev.iosemu.cli.commands.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BannerInputTest {
    @Test
    void textBetweenTwoDelimitersOnOneLineIsClosedAndTheRestIgnored() {
        BannerInput input = BannerInput.start("#Lab router# ignored");

        assertThat(input).isEqualTo(new BannerInput("#", "Lab router", true));
    }

    @Test
    void caretCIsOneDelimiterAsConfigurationsWriteIt() {
        assertThat(BannerInput.start("^CHello^C")).isEqualTo(new BannerInput("^C", "Hello", true));
        assertThat(BannerInput.start("^ Hello ^")).isEqualTo(new BannerInput("^", " Hello ", true));
    }

    @Test
    void anOpenBannerTakesLinesWithTheirBreaksUntilTheDelimiter() {
        BannerInput input = BannerInput.start("$ first");

        assertThat(input.closed()).isFalse();
        input = input.plus("").plus("  second $ after");

        assertThat(input).isEqualTo(new BannerInput("$", " first\n\n  second ", true));
    }

    @Test
    void aDelimiterOutsideTheBasicPlaneCountsAsOneCharacter() {
        assertThat(BannerInput.start("\uD83D\uDE00hi\uD83D\uDE00").text()).isEqualTo("hi");
    }

    @Test
    void replayerJoinsOnlyBannersThatStayOpen() {
        assertThat(BannerInput.openedBy("banner motd ^C")).contains(new BannerInput("^C", "", false));
        assertThat(BannerInput.openedBy("ban login #x")).contains(new BannerInput("#", "x", false));
        assertThat(BannerInput.openedBy("banner motd ^Cone^C")).isEmpty();
        assertThat(BannerInput.openedBy("hostname banner")).isEmpty();
        assertThat(BannerInput.openedBy("banner motd")).isEmpty();
        assertThat(BannerInput.openedBy("ba motd #")).isEmpty();
    }
}
