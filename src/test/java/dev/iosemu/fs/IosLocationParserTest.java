package dev.iosemu.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.InvalidLocationException.Problem;
import dev.iosemu.fs.IosLocation.LocalPath;
import dev.iosemu.fs.IosLocation.NetworkPrefix;
import dev.iosemu.fs.IosLocation.Url;
import dev.iosemu.fs.IosLocation.UserInfo;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IosLocationParserTest {
    /** An ISR G2: flash: is an alias of flash0:, the default. */
    private static final KnownPrefixes ISR = KnownPrefixes.of(
            List.of(
                    new KnownPrefixes.Entry("flash0:", List.of("flash:"), false),
                    new KnownPrefixes.Entry("flash1:", List.of(), false),
                    new KnownPrefixes.Entry("nvram:", List.of(), true),
                    new KnownPrefixes.Entry("system:", List.of(), true)),
            "flash0:");

    private final IosLocationParser parser = new IosLocationParser(ISR);

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "flash:, flash0:, /",
        "flash:file, flash0:, /file",
        "flash:/dir/file, flash0:, /dir/file",
        "flash0:/c1900.bin, flash0:, /c1900.bin",
        "FLASH:Image.bin, flash0:, /Image.bin",
        "flash1:x, flash1:, /x",
        "flash://dir//file/, flash0:, /dir/file",
        "flash:/dir/./sub/../file, flash0:, /dir/file",
        "flash:/../../x, flash0:, /x",
        "nvram:, nvram:, /",
        "nvram:startup-config, nvram:, /startup-config",
        "system:running-config, system:, /running-config",
        "running-config, system:, /running-config",
        "startup-config, nvram:, /startup-config",
        "Running-Config, system:, /running-config",
        "c1900.bin, flash0:, /c1900.bin",
        "dir/file, flash0:, /dir/file",
    })
    void parsesLocalPaths(String text, String prefix, String path) throws Exception {
        assertThat(parser.parse(text))
                .isInstanceOfSatisfying(LocalPath.class, local -> assertThat(local.prefix() + " " + local.path())
                        .isEqualTo(prefix + " " + path));
    }

    @ParameterizedTest(name = "{0} renders as {1}")
    @CsvSource({
        "flash:c1900-universalk9-mz.SPA.157-3.M8.bin, flash0:/c1900-universalk9-mz.SPA.157-3.M8.bin",
        "flash:, flash0:/",
        "flash0:/dir/f, flash0:/dir/f",
        "nvram:startup-config, nvram:startup-config",
        "startup-config, nvram:startup-config",
        "running-config, system:running-config",
        "nvram:, nvram:/",
        "tftp://192.168.1.10/file, tftp://192.168.1.10/file",
        "tftp://192.168.1.10:6969/file, tftp://192.168.1.10:6969/file",
        "ftp://host//tftpboot/testme.bin, ftp://host//tftpboot/testme.bin",
        "ftp://administrator:secret@172.27.148.198//tftpboot/testme.bin, ftp://*:*@172.27.148.198//tftpboot/testme.bin",
        "ftp://user@host/f, ftp://*:*@host/f",
        "tftp:, tftp:",
        "ftp:, ftp:",
        "tftp:WANold.pcap, tftp:WANold.pcap",
    })
    void rendersInIosStyle(String text, String rendered) throws Exception {
        assertThat(parser.parse(text).render()).isEqualTo(rendered);
    }

    @Test
    void localPathKeepsTheTypedPrefixForMessagesThatEchoIt() throws Exception {
        LocalPath path = (LocalPath) parser.parse("flash:c1900.bin");

        assertThat(path.typedPrefix()).isEqualTo("flash:");
        assertThat(path.renderTyped()).isEqualTo("flash:/c1900.bin");
        assertThat(path.render()).isEqualTo("flash0:/c1900.bin");
        assertThat(path.fileName()).isEqualTo("c1900.bin");
    }

    @Test
    void relativeNamesResolveAgainstTheWorkingDirectory() throws Exception {
        LocalPath cwd = (LocalPath) parser.parse("flash1:/images");

        assertThat(parser.parse("new.bin", cwd).render()).isEqualTo("flash1:/images/new.bin");
        assertThat(parser.parse("../x", cwd).render()).isEqualTo("flash1:/x");
        assertThat(parser.parse("/top", cwd).render()).isEqualTo("flash1:/top");
    }

    @Test
    void localPathNavigation() throws Exception {
        LocalPath file = (LocalPath) parser.parse("flash:/dir/file");

        assertThat(file.parent().render()).isEqualTo("flash0:/dir");
        assertThat(file.parent().parent().isRoot()).isTrue();
        assertThat(file.parent().parent().parent().isRoot()).isTrue();
        assertThat(file.parent().resolve("other").path()).isEqualTo("/dir/other");
    }

    @Test
    void parsesAFullFtpUrlIntoItsParts() throws Exception {
        IosLocation location = parser.parse("ftp://user:pa:ss@files.example-lab.net:2121//pub/image.bin");

        assertThat(location)
                .isEqualTo(new Url(
                        UrlScheme.FTP,
                        Optional.of(new UserInfo("user", Optional.of("pa:ss"))),
                        "files.example-lab.net",
                        OptionalInt.of(2121),
                        "/pub/image.bin"));
        Url url = (Url) location;
        assertThat(url.fileName()).isEqualTo("image.bin");
        assertThat(url.effectivePort()).isEqualTo(2121);
        assertThat(url.renderWithoutUserInfo()).isEqualTo("ftp://files.example-lab.net:2121//pub/image.bin");
    }

    @Test
    void urlWithoutPortUsesTheSchemeDefault() throws Exception {
        Url url = (Url) parser.parse("tftp://192.168.1.10/c1900.bin");

        assertThat(url.port()).isEmpty();
        assertThat(url.effectivePort()).isEqualTo(69);
        assertThat(url.userInfo()).isEmpty();
        assertThat(url.path()).isEqualTo("c1900.bin");
    }

    @Test
    void urlWithoutPathHasAnEmptyPath() throws Exception {
        Url url = (Url) parser.parse("tftp://192.168.1.10");

        assertThat(url.host()).isEqualTo("192.168.1.10");
        assertThat(url.path()).isEmpty();
    }

    @Test
    void parsesUnsupportedSchemesAndIpv6Literals() throws Exception {
        assertThat(parser.parse("scp://admin:pw@[2001:db8::1]:2222/f.bin")).isInstanceOfSatisfying(Url.class, url -> {
            assertThat(url.scheme()).isEqualTo(UrlScheme.SCP);
            assertThat(url.host()).isEqualTo("[2001:db8::1]");
            assertThat(url.effectivePort()).isEqualTo(2222);
        });
        assertThat(parser.parse("http://server/x"))
                .isInstanceOfSatisfying(
                        Url.class, url -> assertThat(url.effectivePort()).isEqualTo(80));
    }

    @Test
    void bareNetworkPrefixMeansAsk() throws Exception {
        assertThat(parser.parse("tftp:")).isEqualTo(new NetworkPrefix(UrlScheme.TFTP, ""));
        assertThat(parser.parse("FTP:")).isEqualTo(new NetworkPrefix(UrlScheme.FTP, ""));
        assertThat(parser.parse("tftp:WANold.pcap")).isEqualTo(new NetworkPrefix(UrlScheme.TFTP, "WANold.pcap"));
    }

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource({
        "'', EMPTY, 0",
        "bogus:file, UNKNOWN_PREFIX, 0",
        "usbflash0:x, UNKNOWN_PREFIX, 0",
        "tftp:///file, MISSING_HOST, 7",
        "ftp://user:pw@/file, MISSING_HOST, 14",
        "tftp://192.168.1.10:99x/file, BAD_PORT, 22",
        "tftp://host:/file, BAD_PORT, 12",
        "tftp://host:65536/file, BAD_PORT, 16",
        "tftp://host:0/file, BAD_PORT, 12",
        "tftp://ho$t/file, BAD_HOST, 9",
        "tftp://[zz]/file, BAD_HOST, 8",
        "'flash:a b', BAD_CHARACTER, 7",
    })
    void rejectsBadInputWithTheColumnOfTheBadCharacter(String text, Problem problem, int column) {
        assertThatThrownBy(() -> parser.parse(text)).isInstanceOfSatisfying(InvalidLocationException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.input()).isEqualTo(text);
        });
    }

    @Test
    void shortcutNeedsTheDeviceToHaveTheFileSystem() {
        IosLocationParser switchWithoutSystem = new IosLocationParser(
                KnownPrefixes.of(List.of(new KnownPrefixes.Entry("flash:", List.of(), false)), "flash:"));

        assertThatThrownBy(() -> switchWithoutSystem.parse("running-config"))
                .isInstanceOfSatisfying(InvalidLocationException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.UNKNOWN_PREFIX));
    }

    @Test
    void passwordsNeverAppearInTextMeantForPeople() throws Exception {
        Url url = (Url) parser.parse("ftp://admin:s3cret@host/f");

        assertThat(url.render()).doesNotContain("s3cret").doesNotContain("admin");
        assertThat(url.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> parser.parse("ftp://admin:s3cret@host:x/f")).hasMessageNotContaining("s3cret");
    }

    @Test
    void prefixesRejectDuplicatesAndAnUnknownDefault() {
        assertThatThrownBy(() -> KnownPrefixes.of(
                        List.of(
                                new KnownPrefixes.Entry("flash0:", List.of("flash:"), false),
                                new KnownPrefixes.Entry("flash:", List.of(), false)),
                        "flash0:"))
                .hasMessageContaining("flash:");
        assertThatThrownBy(() -> KnownPrefixes.of(List.of(), "flash:")).hasMessageContaining("flash:");
    }
}
