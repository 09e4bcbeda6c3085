package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.debug.DebugFlag;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.UrlScheme;
import dev.iosemu.fs.remote.FtpFile;
import dev.iosemu.fs.remote.RemoteTransferEvents;
import dev.iosemu.fs.remote.ScpFile;
import dev.iosemu.fs.remote.SshIdentity;
import dev.iosemu.fs.remote.TftpFile;
import dev.iosemu.fs.remote.TraceKind;
import dev.iosemu.lab.Egress;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabService;
import dev.iosemu.net.datagram.DatagramNetwork;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TransferProtocolsTest {
    private static final RemoteHost HOST = new RemoteHost(
            Ipv4Address.parse("192.168.1.10"),
            new Egress("GigabitEthernet0/0", Ipv4Address.parse("192.168.1.1")),
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 6969));

    @Test
    void everySchemeButSftpAndRcpHasAClient() {
        assertThat(TransferProtocols.supported())
                .containsExactly(UrlScheme.TFTP, UrlScheme.FTP, UrlScheme.SCP, UrlScheme.HTTP, UrlScheme.HTTPS);
        assertThat(TransferProtocols.of(UrlScheme.SCP)).containsSame(TransferProtocols.SCP);
        assertThat(TransferProtocols.of(UrlScheme.HTTP)).containsSame(TransferProtocols.HTTP);
        assertThat(TransferProtocols.of(UrlScheme.HTTPS)).containsSame(TransferProtocols.HTTPS);
        assertThat(TransferProtocols.of(UrlScheme.TFTP)).containsSame(TransferProtocols.TFTP);
        assertThat(TransferProtocols.of(UrlScheme.FTP)).containsSame(TransferProtocols.FTP);
        for (UrlScheme other : new UrlScheme[] {UrlScheme.SFTP, UrlScheme.RCP}) {
            assertThat(TransferProtocols.of(other)).as(other.name()).isEmpty();
        }
    }

    @Test
    void eachProtocolLooksUpItsOwnLabService() {
        assertThat(TransferProtocols.TFTP.service()).isEqualTo(LabService.TFTP);
        assertThat(TransferProtocols.FTP.service()).isEqualTo(LabService.FTP);
        assertThat(TransferProtocols.TFTP.service().standardPort()).isEqualTo(69);
        assertThat(TransferProtocols.FTP.service().standardPort()).isEqualTo(21);
    }

    @Test
    void ftpNamesItsBufferInTheOkLineAndNoServerInTheLoadingLine() {
        IosLocation.Url url = url(UrlScheme.FTP);

        assertThat(TransferProtocols.TFTP.okLine().apply(40)).isEqualTo("[OK - 40 bytes]");
        assertThat(TransferProtocols.FTP.okLine().apply(40)).isEqualTo("[OK - 40/4096 bytes]");
        assertThat(TransferProtocols.TFTP.loadingLine().of(url, HOST))
                .isEqualTo("Loading r1.cfg from 192.168.1.10 (via GigabitEthernet0/0): ");
        assertThat(TransferProtocols.FTP.loadingLine().of(url, HOST)).isEqualTo("Loading r1.cfg ");
    }

    @Test
    void traceKindsReachTheDebugSwitchOfTheirProtocolOnly() {
        assertThat(TransferProtocols.TFTP.flag(TraceKind.EVENT)).contains(DebugFlag.TFTP_EVENTS);
        assertThat(TransferProtocols.TFTP.flag(TraceKind.PACKET)).contains(DebugFlag.TFTP_PACKETS);
        assertThat(TransferProtocols.TFTP.flag(TraceKind.DIALOGUE)).isEmpty();
        assertThat(TransferProtocols.FTP.flag(TraceKind.DIALOGUE)).contains(DebugFlag.IP_FTP);
        assertThat(TransferProtocols.FTP.flag(TraceKind.EVENT)).isEmpty();
    }

    @Test
    void openersBuildTheirProtocolsFileFromTheSettings() {
        CopySettings settings = settings();
        RemoteContext context = new RemoteContext(
                settings, CopyLab.TIMEOUTS, "Router", DatagramNetwork.udp(), SshIdentity.password(""));

        assertThat(TransferProtocols.TFTP.open(url(UrlScheme.TFTP), HOST, context, RemoteTransferEvents.NONE))
                .isInstanceOfSatisfying(TftpFile.class, file -> {
                    assertThat(file.options().blockSize()).isEqualTo(1024);
                    assertThat(file.server()).isEqualTo(HOST.socket());
                });
        assertThat(TransferProtocols.FTP.open(url(UrlScheme.FTP), HOST, context, RemoteTransferEvents.NONE))
                .isInstanceOfSatisfying(FtpFile.class, file -> {
                    assertThat(file.settings().username()).isEqualTo("anonymous");
                    assertThat(file.settings().password()).isEqualTo("anonymous@router");
                });
    }

    @Test
    void scpOffersTheDevicesKeyAndTakesTheUrlsPasswordRatherThanAsking() {
        KeyPair deviceKey = new KeyPair(null, null);
        RemoteContext context = new RemoteContext(
                settings(),
                CopyLab.TIMEOUTS,
                "Router",
                DatagramNetwork.udp(),
                new SshIdentity(() -> Optional.of(deviceKey), () -> "typed at Password:"));

        ScpFile carried = (ScpFile)
                TransferProtocols.SCP.open(scpUrl(Optional.of("secret")), HOST, context, RemoteTransferEvents.NONE);
        ScpFile asked = (ScpFile)
                TransferProtocols.SCP.open(scpUrl(Optional.empty()), HOST, context, RemoteTransferEvents.NONE);

        assertThat(carried.user()).isEqualTo("cisco");
        assertThat(carried.identity().key().get()).containsSame(deviceKey);
        assertThat(carried.identity().password().get()).isEqualTo("secret");
        assertThat(asked.identity().key().get()).containsSame(deviceKey);
        assertThat(asked.identity().password().get()).isEqualTo("typed at Password:");
    }

    private static CopySettings settings() {
        return new CopySettings(
                OptionalInt.of(1024),
                OptionalInt.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true,
                Optional.empty(),
                false,
                false,
                CopySettings.HttpClient.NONE,
                Optional.empty());
    }

    private static IosLocation.Url scpUrl(Optional<String> password) {
        return new IosLocation.Url(
                UrlScheme.SCP,
                Optional.of(new IosLocation.UserInfo("cisco", password)),
                "192.168.1.10",
                OptionalInt.empty(),
                "r1.cfg");
    }

    private static IosLocation.Url url(UrlScheme scheme) {
        return new IosLocation.Url(scheme, Optional.empty(), "192.168.1.10", OptionalInt.empty(), "r1.cfg");
    }
}
