package dev.iosemu.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceProfilesTest {

    @Test
    void loadsAProfileFileFromAnyFileSystem() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path file = fs.getPath("/lab/edge.yaml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, builtIn("c1941").replace("name: c1941", "name: edge"));

            assertThat(DeviceProfiles.load(file).name()).isEqualTo("edge");
        }
    }

    @Test
    void aStringWithASlashOrYamlSuffixIsAPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("branch.yaml");
        Files.writeString(file, builtIn("c2960x").replace("hostname: Switch", "hostname: Access1"));

        assertThat(DeviceProfiles.load(file.toString()).hostname()).isEqualTo("Access1");
    }

    @Test
    void errorsInAFileNameThatFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, builtIn("c1941").replace("size: 256487424", "size: 0"));

        assertThatThrownBy(() -> DeviceProfiles.load(file))
                .hasMessage(file + ": fileSystems[5].size: must be > 0 (was 0)");
    }

    @Test
    void missingFileAndUnknownNameAreDistinctErrors() {
        assertThatThrownBy(() -> DeviceProfiles.load("nowhere/x.yaml")).hasMessage("nowhere/x.yaml: no such file");
        assertThatThrownBy(() -> DeviceProfiles.load("c7200"))
                .hasMessage("c7200: no such device profile (built-in: c1941, c2960x, isr4321, isr4451)");
    }

    @Test
    void defaultProfileIsThe1941Router() throws ProfileException {
        assertThat(DeviceProfiles.load(DeviceProfiles.defaultName()).model()).isEqualTo("CISCO1941/K9");
    }

    @Test
    void aBuiltInIsReadOncePerProcess() throws ProfileException {
        assertThat(DeviceProfiles.loadBuiltIn("c2960x")).isSameAs(DeviceProfiles.loadBuiltIn("c2960x"));
    }

    @Test
    void aPrefetchedBuiltInIsTheOneLoadedAfterIt() throws ProfileException {
        DeviceProfiles.prefetch("isr4321");

        DeviceProfile loaded = DeviceProfiles.loadBuiltIn("isr4321");
        assertThat(loaded.name()).isEqualTo("isr4321");
        assertThat(DeviceProfiles.load("isr4321")).isSameAs(loaded);
    }

    @Test
    void anUnknownNameIsNeitherPrefetchedNorKept() {
        DeviceProfiles.prefetch("c7200");

        assertThatThrownBy(() -> DeviceProfiles.loadBuiltIn("c7200"))
                .hasMessage("devices/c7200.yaml: no such built-in profile");
    }

    private static String builtIn(String name) throws IOException {
        return Files.readString(Path.of("devices", name + ".yaml"));
    }
}
