package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.config.HostEntry;
import dev.iosemu.device.config.InterfaceAddress;
import dev.iosemu.device.config.StoredPassword;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.StaticRoute;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every copy form and failure, checked word for word against the golden transcripts. */
class CopyTranscriptsIT {
    private static final Map<String, Consumer<CopyLab>> SETUP = Map.of(
            "tftp-no-route", CopyTranscriptsIT::withoutDefaultRoute,
            "ftp-configured", CopyTranscriptsIT::withFtpLogin,
            "ftp-to-running", CopyTranscriptsIT::withFtpLogin,
            "ftp-active", lab -> lab.router.configure(b -> b.ftp(f -> f.withPassive(false))),
            "tftp-options", CopyTranscriptsIT::withTftpOptions,
            "tftp-by-name", CopyTranscriptsIT::withLabServerName,
            "tftp-by-dns", CopyTranscriptsIT::withNameServer,
            "tftp-verify-auto", lab -> lab.router.configure(b -> b.files(f -> f.withVerifyAuto(true))),
            "upload-ftp-active", CopyTranscriptsIT::withActiveUploadLogin,
            "http-configured-login", CopyTranscriptsIT::withHttpLogin);

    private CopyLab lab;

    @BeforeEach
    void startLab() throws Exception {
        lab = new CopyLab();
    }

    @AfterEach
    void stopLab() throws Exception {
        lab.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tftp-interactive",
                "tftp-url",
                "tftp-remembered",
                "tftp-overwrite-declined",
                "tftp-missing",
                "tftp-silent",
                "tftp-no-route",
                "tftp-ipv6-literal",
                "tftp-unknown-host",
                "tftp-by-name",
                "tftp-by-dns",
                "tftp-verify",
                "tftp-verify-auto",
                "tftp-flash-full",
                "tftp-port",
                "ftp-configured",
                "ftp-url",
                "ftp-active",
                "ftp-bad-login",
                "ftp-anonymous-refused",
                "ftp-missing",
                "ftp-refused",
                "ftp-silent",
                "ftp-flash-full",
                "upload-running-tftp",
                "upload-flash-tftp",
                "upload-url-tftp",
                "upload-startup-ftp",
                "upload-ftp-denied",
                "upload-silent-tftp",
                "upload-missing-source",
                "local-run-start",
                "local-start-run",
                "local-flash-flash",
                "local-flash-nvram",
                "tftp-to-running",
                "ftp-to-running",
                "debug-tftp",
                "debug-ftp",
                "tftp-options",
                "tftp-to-startup",
                "upload-tftp-denied",
                "unsupported-forms",
                "upload-ftp-active",
                "scp-url",
                "scp-interactive",
                "scp-bad-password",
                "scp-missing",
                "scp-flash-full",
                "upload-scp",
                "upload-scp-denied",
                "http-url",
                "https-url",
                "http-interactive",
                "http-missing",
                "http-configured-login",
                "http-flash-full",
                "upload-http-refused",
                "debug-http",
                "debug-scp",
                "scp-to-running",
                "upload-running-scp"
            })
    void transcriptMatchesGolden(String name) throws Exception {
        SETUP.getOrDefault(name, unused -> {}).accept(lab);

        Golden.check(lab.session(), name);
    }

    @Test
    void helpOffersTheSchemesOfTheProtocolTableBesideTheFileSystems() throws Exception {
        String transcript = Golden.check(lab.session(), "copy-help");

        assertThat(transcript)
                .contains("  tftp:", "  ftp:", "  scp:", "  http:", "  https:")
                .doesNotContain("sftp:", "rcp:");
    }

    @Test
    void downloadedImageIsByteForByteTheServersFile() throws Exception {
        Golden.check(lab.session(), "ftp-url");

        assertThat(Files.readAllBytes(lab.flash().path("/" + CopyLab.NEW_IMAGE)))
                .isEqualTo(lab.serverFile(CopyLab.NEW_IMAGE));
    }

    @Test
    void copyVerifyReportsACorruptedImageAndKeepsIt() throws Exception {
        Golden.check(lab.session(), "tftp-verify-corrupt");

        assertThat(Files.readAllBytes(lab.flash().path("/" + CopyLab.CORRUPTED_IMAGE)))
                .isEqualTo(lab.serverFile(CopyLab.CORRUPTED_IMAGE));
        assertThat(Files.readString(lab.flash().path("/r1.cfg"))).startsWith("hostname R1");
    }

    @Test
    void refusedCopyForLackOfSpaceLeavesFlashAsItWas() throws Exception {
        Golden.check(lab.session(), "tftp-flash-full");

        assertThat(lab.flash().exists("/second.bin")).isFalse();
        assertThat(lab.flash().walk()).noneMatch(entry -> entry.toString().contains("second"));
    }

    @Test
    void failedDownloadsLeaveNoFileBehind() throws Exception {
        long used = lab.flash().usedBytes();

        Golden.check(lab.session(), "ftp-missing");
        Golden.check(lab.session(), "tftp-silent");

        assertThat(lab.flash().usedBytes()).isEqualTo(used);
        assertThat(lab.flash().exists("/missing.bin")).isFalse();
    }

    @Test
    void uploadsArriveOnTheServer() throws Exception {
        Golden.check(lab.session(), "upload-running-tftp");
        Golden.check(lab.session(), "upload-startup-ftp");

        assertThat(new String(lab.serverFile("router-confg"))).contains("hostname Router");
        assertThat(new String(lab.serverFile("upload/r1-confg"))).contains("hostname Router");
    }

    @Test
    void scpDownloadIsTheServersFileAndFailedOnesLeaveFlashAsItWas() throws Exception {
        long used = lab.flash().usedBytes();

        Golden.check(lab.session(), "scp-bad-password");
        Golden.check(lab.session(), "scp-missing");

        assertThat(lab.flash().usedBytes()).isEqualTo(used);
        assertThat(lab.flash().walk()).noneMatch(entry -> entry.toString().contains("missing"));
        Golden.check(lab.session(), "scp-url");
        assertThat(Files.readAllBytes(lab.flash().path("/" + CopyLab.NEW_IMAGE)))
                .isEqualTo(lab.serverFile(CopyLab.NEW_IMAGE));
    }

    @Test
    void scpUploadsLandInTheLoginHomeAndAReadOnlyLoginIsRefused() throws Exception {
        Golden.check(lab.session(), "upload-scp");
        Golden.check(lab.session(), "upload-scp-denied");

        assertThat(lab.serverFile("upload/cpconfig-19xx.cfg"))
                .isEqualTo(Files.readAllBytes(lab.flash().path("/cpconfig-19xx.cfg")));
        assertThat(Files.exists(lab.root.resolve("cpconfig-19xx.cfg"))).isFalse();
    }

    @Test
    void httpAndHttpsDownloadsAreTheServersFileAndAMissingOneLeavesFlashAsItWas() throws Exception {
        long used = lab.flash().usedBytes();
        Golden.check(lab.session(), "http-missing");
        assertThat(lab.flash().usedBytes()).isEqualTo(used);

        Golden.check(lab.session(), "https-url");

        assertThat(Files.readAllBytes(lab.flash().path("/" + CopyLab.NEW_IMAGE)))
                .isEqualTo(lab.serverFile(CopyLab.NEW_IMAGE));
    }

    @Test
    void activeModeUploadsLandInTheLoginHome() throws Exception {
        withActiveUploadLogin(lab);

        Golden.check(lab.session(), "upload-ftp-active");

        assertThat(lab.serverFile("upload/cpconfig-19xx.cfg"))
                .isEqualTo(java.nio.file.Files.readAllBytes(lab.flash().path("/cpconfig-19xx.cfg")));
        assertThat(new String(lab.serverFile("upload/router-confg"))).contains("hostname Router");
    }

    @Test
    void configurationCopiedToRunningConfigIsMergedLineByLine() throws Exception {
        Golden.check(lab.session(), "tftp-to-running");

        assertThat(lab.merged).containsExactly("hostname R1", "!", "ip ftp username cisco", "end");
    }

    private static void withoutDefaultRoute(CopyLab lab) {
        Ipv4Address any = Ipv4Address.parse("0.0.0.0");
        lab.router.configure(
                b -> b.routing(r -> r.withoutRoute(new StaticRoute(any, any, Ipv4Address.parse("192.168.1.254")))));
    }

    /** {@code ip tftp blocksize 1024}, {@code ip tftp windowsize 4}, {@code ip tftp source-interface Gi0/1}. */
    private static void withTftpOptions(CopyLab lab) {
        lab.router.configure(b -> b.updateInterface("GigabitEthernet0/1", ifc -> ifc.withShutdown(false)
                        .withAddress(Optional.of(new InterfaceAddress(
                                Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("255.255.255.0")))))
                .tftp(t -> t.withBlocksize(OptionalInt.of(1024))
                        .withWindowsize(OptionalInt.of(4))
                        .withSourceInterface(Optional.of("GigabitEthernet0/1"))));
    }

    /** {@code ip host labserver 192.168.1.10}. */
    private static void withLabServerName(CopyLab lab) {
        lab.router.configure(
                b -> b.names(n -> n.withHost(new HostEntry("labserver", List.of(Ipv4Address.parse("192.168.1.10"))))));
    }

    /** {@code ip domain name lab.local}, {@code ip name-server 192.168.1.20 192.168.1.53} (the first serves no DNS). */
    private static void withNameServer(CopyLab lab) {
        lab.router.configure(b -> b.names(n ->
                n.withDomainName(Optional.of("lab.local")).withServers(List.of(CopyLab.SILENT, CopyLab.NAME_SERVER))));
    }

    /** {@code ip http client username cisco}, {@code ip http client password cisco}. */
    private static void withHttpLogin(CopyLab lab) {
        lab.router.configure(b -> b.files(f -> f.withHttp(h ->
                h.withUsername(Optional.of("cisco")).withPassword(Optional.of(StoredPassword.parse("0", "cisco"))))));
    }

    /** {@code ip ftp username upload}, {@code ip ftp password upload}, {@code no ip ftp passive}. */
    private static void withActiveUploadLogin(CopyLab lab) {
        lab.router.configure(b -> b.ftp(f -> f.withUsername(Optional.of("upload"))
                .withPassword(Optional.of(StoredPassword.clear("upload")))
                .withPassive(false)));
    }

    private static void withFtpLogin(CopyLab lab) {
        lab.router.configure(b -> b.ftp(
                f -> f.withUsername(Optional.of("cisco")).withPassword(Optional.of(StoredPassword.clear("cisco")))));
    }
}
