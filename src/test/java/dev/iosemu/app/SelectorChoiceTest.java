package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class SelectorChoiceTest {
    @Test
    void onLinuxThePollProviderIsNamedWhenNoneIs() {
        Properties properties = new Properties();

        assertThat(SelectorChoice.choose(properties, "Linux", name -> true)).isTrue();

        assertThat(properties.getProperty(SelectorChoice.PROPERTY)).isEqualTo("sun.nio.ch.PollSelectorProvider");
    }

    @Test
    void aProviderTheCommandLineNamedIsKept() {
        Properties properties = new Properties();
        properties.setProperty(SelectorChoice.PROPERTY, "sun.nio.ch.EPollSelectorProvider");

        assertThat(SelectorChoice.choose(properties, "Linux", name -> true)).isFalse();

        assertThat(properties.getProperty(SelectorChoice.PROPERTY)).isEqualTo("sun.nio.ch.EPollSelectorProvider");
    }

    @Test
    void otherSystemsKeepTheirDefault() {
        Properties properties = new Properties();

        assertThat(SelectorChoice.choose(properties, "Mac OS X", name -> true)).isFalse();
        assertThat(SelectorChoice.choose(properties, "Windows 11", name -> true))
                .isFalse();

        assertThat(properties.getProperty(SelectorChoice.PROPERTY)).isNull();
    }

    @Test
    void aJdkWithoutThePollProviderKeepsItsDefault() {
        Properties properties = new Properties();

        assertThat(SelectorChoice.choose(properties, "Linux", name -> false)).isFalse();

        assertThat(properties.getProperty(SelectorChoice.PROPERTY)).isNull();
    }
}
