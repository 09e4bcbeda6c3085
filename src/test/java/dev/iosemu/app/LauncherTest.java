package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void versionsOfEveryEraAreReadAsTheirFeatureNumber() {
        assertThat(Launcher.featureOf("1.8")).isEqualTo(8);
        assertThat(Launcher.featureOf("17")).isEqualTo(17);
        assertThat(Launcher.featureOf("25.0.1")).isEqualTo(25);
        assertThat(Launcher.featureOf("21-ea")).isEqualTo(21);
        assertThat(Launcher.featureOf("")).isZero();
        assertThat(Launcher.featureOf("x")).isZero();
    }

    @Test
    void theEntryPointAndWhatItUsesAreJava8ClassFilesSoAnyJavaReachesThem() throws IOException {
        for (String name : new String[] {"Launcher.class", "StartupCache.class"}) {
            try (InputStream in = Launcher.class.getResourceAsStream(name);
                    DataInputStream data = new DataInputStream(in)) {
                assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
                data.readUnsignedShort(); // minor
                assertThat(data.readUnsignedShort())
                        .as(name + " class file major version")
                        .isEqualTo(52);
            }
        }
    }

    @Test
    void theLauncherAndMainNameOneRelaunchProperty() {
        assertThat(Launcher.RELAUNCHED).isEqualTo(Main.RELAUNCHED);
    }

    @Test
    void theJdkFoundIsOneThatCanRunIosemu() {
        String home = Launcher.findJdk();

        // this very test runs on a JDK 21+, so one is always found here
        assertThat(home).isNotNull();
        assertThat(java.nio.file.Path.of(home, "bin", "java")).isExecutable();
    }
}
