package dev.iosemu.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken variant of the 1941 profile fails with a message naming the file, the field and the problem. */
class BrokenProfilesTest {
    private static final String SOURCE = "devices/c1941.yaml";

    static Stream<Arguments> brokenProfiles() {
        return Stream.of(
                arguments("model: CISCO1941/K9\n", "", "model: is required"),
                arguments("size: 262136", "size: -5", "fileSystems[7].size: must be > 0 (was -5)"),
                arguments(
                        "train: classic_ios",
                        "train: classic",
                        "train: must be one of classic_ios, ios_xe (was 'classic')"),
                arguments(
                        "{prefix: \"flash1:\", type: disk}",
                        "{prefix: \"flash:\", type: disk}",
                        "fileSystems[6].prefix: duplicate prefix flash: (also fileSystems[5])"),
                arguments(
                        "configRegister: \"0x2102\"",
                        "configRegister: \"2102\"",
                        "configRegister: must be hexadecimal like 0x2102 (was '2102')"),
                arguments(
                        "{prefix: \"archive:\", type: opaque}",
                        "{prefix: \"archive:\"}",
                        "fileSystems[0].type: is required"),
                arguments(
                        "{prefix: \"flash1:\", type: disk}",
                        "{prefix: \"flash1:\", type: disk, size: 9, default: true}",
                        "fileSystems: exactly one must be default (found 2)"),
                arguments(
                        "{prefix: \"tftp:\", type: network}",
                        "{prefix: \"tftp:\", type: network, size: 10}",
                        "fileSystems[4].size: only disk, flash and nvram file systems have a size"),
                arguments(
                        "{prefix: \"syslog:\", type: opaque, flags: wo}",
                        "{prefix: \"syslog:\", type: opaque, flags: rx}",
                        "fileSystems[8].flags: must be one of rw, ro, wo (was 'rx')"),
                arguments(
                        "name: GigabitEthernet0/1",
                        "name: GigabitEthernet0/0",
                        "interfaces[1].name: duplicate interface GigabitEthernet0/0"),
                arguments(
                        "name: GigabitEthernet0/1",
                        "name: gig0/1",
                        "interfaces[1].name: must be an interface name like GigabitEthernet0/0 or a range like"
                                + " GigabitEthernet1/0/1-28 (was 'gig0/1')"),
                arguments(
                        "    size: 1044480\n",
                        "    size: 1044480\n    text: hello\n",
                        "initialFlash[0]: give exactly one of image, text, source or directory: true"),
                arguments(
                        "path: home.shtml",
                        "path: usbflash0:home.shtml",
                        "initialFlash[2].path: no local file system usbflash0: with a size"),
                arguments(
                        "image: {version: 15.4(3)M3}",
                        "image: {version: latest}",
                        "initialFlash[0].image.version: must be an IOS version like 15.4(3)M3 or 16.9.5 (was 'latest')"),
                arguments(
                        "address: 192.168.1.10",
                        "address: 192.168.1.300",
                        "lab.servers[0].address: must be a dotted IPv4 address (was '192.168.1.300')"),
                arguments(
                        "services: [tftp, ftp, scp, http, https]",
                        "services: [tftp, gopher]",
                        "lab.servers[0].services[1]: must be one of tftp, ftp, scp, http, https (was 'gopher')"),
                arguments(
                        "{name: upload, password: upload, home: upload",
                        "{name: cisco, password: upload, home: upload",
                        "lab.ftpUsers[1].name: duplicate user 'cisco'"),
                arguments(
                        "home: upload",
                        "home: ../etc",
                        "lab.ftpUsers[1].home: must stay inside the served root (was '../etc')"),
                arguments(
                        "memory: 491520K/32768K",
                        "memory: 512MB",
                        "memory: must be like 491520K/32768K or 524288K (was '512MB')"),
                arguments(
                        "  - 1 terminal line\n",
                        "  -\n",
                        "hardwareLines[1]: must not be null (write \"\" for an empty line)"),
                arguments("nvramKb: 255", "nvramKb: lots", "nvramKb: must be a number (was 'lots')"),
                arguments(
                        "hardwareLines:\n  - 2 Gigabit Ethernet interfaces\n",
                        "hardwareLines: 2 Gigabit Ethernet interfaces\nx:\n",
                        "hardwareLines: must be a list"));
    }

    @ParameterizedTest
    @MethodSource("brokenProfiles")
    void brokenProfileNamesFileFieldAndProblem(String from, String to, String expected) throws IOException {
        String yaml = builtInText().replace(from, to);

        assertThatThrownBy(() -> DeviceProfiles.parse(yaml, SOURCE))
                .isInstanceOf(ProfileException.class)
                .hasMessage(SOURCE + ": " + expected);
    }

    @ParameterizedTest
    @MethodSource("unknownFields")
    void unknownFieldsAreErrorsListingTheKnownOnes(String from, String to, String path) throws IOException {
        String yaml = builtInText().replace(from, to);

        assertThatThrownBy(() -> DeviceProfiles.parse(yaml, SOURCE))
                .isInstanceOfSatisfying(ProfileException.class, e -> {
                    assertThat(e.source()).isEqualTo(SOURCE);
                    assertThat(e.fieldPath()).isEqualTo(path);
                    assertThat(e.problem()).startsWith("unknown field (expected one of ");
                });
    }

    static Stream<Arguments> unknownFields() {
        return Stream.of(
                arguments("hostname: Router\n", "hostname: Router\ncolour: red\n", "colour"),
                arguments(
                        "{prefix: \"null:\", type: opaque}",
                        "{prefix: \"null:\", type: opaque, colour: red}",
                        "fileSystems[3].colour"),
                arguments("  anonymous: false", "  anonymous: false\n  anonymus: true", "lab.anonymus"));
    }

    @ParameterizedTest
    @MethodSource("unreadable")
    void unreadableYamlIsReportedWithItsLine(String yaml, String expected) {
        assertThatThrownBy(() -> DeviceProfiles.parse(yaml, "x.yaml")).hasMessageStartingWith("x.yaml: " + expected);
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                arguments("", "empty profile"),
                arguments("name: 'unterminated\nhostname: x\n", "not valid YAML: line "),
                arguments("name: a\nname: b\n", "not valid YAML: line 2: Duplicate field 'name'"));
    }

    private static String builtInText() throws IOException {
        return Files.readString(Path.of("devices", "c1941.yaml"));
    }
}
