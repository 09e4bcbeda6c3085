package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.commands.debug.DebugFlag;
import dev.iosemu.fs.UrlScheme;
import dev.iosemu.fs.remote.TraceKind;
import dev.iosemu.lab.LabService;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network schemes {@code copy} reaches, one {@link TransferProtocol} each: the one place that knows
 * them. A scheme without an entry is not supported ({@code %Error opening scp://... (Operation not
 * supported)}) and is not offered by {@code copy ?}. Adding one (SCP, HTTP) is a {@code RemoteFile} in
 * {@code fs.remote}, an opener beside {@link TftpRemote}, and its entry here; the switch in {@link #of}
 * has no default, so a new {@link UrlScheme} must be decided on.
 */
final class TransferProtocols {
    /**
     * Real IOS prints one {@code !} per 512-byte block, a line of 170 000 marks for an 85 MB image; one per
     * 64 KiB keeps the rhythm of a transcript without the flood.
     */
    static final TransferProtocol TFTP = new TransferProtocol(
            "TFTP",
            LabService.TFTP,
            64 * 1024,
            0,
            bytes -> "[OK - " + bytes + " bytes]",
            (url, host) -> "Loading " + url.path() + " from " + host.address() + " (via "
                    + host.egress().interfaceName() + "): ",
            CopySettings::tftpSourceInterface,
            Map.of(TraceKind.EVENT, DebugFlag.TFTP_EVENTS, TraceKind.PACKET, DebugFlag.TFTP_PACKETS),
            TftpRemote::open);

    /**
     * One {@code !} per 256 KiB, close to the density of real FTP transcripts, which also name the
     * 4096-byte buffer in the {@code [OK]} line and no server in the {@code Loading} line.
     */
    static final TransferProtocol FTP = new TransferProtocol(
            "FTP",
            LabService.FTP,
            256 * 1024,
            1024,
            bytes -> "[OK - " + bytes + "/4096 bytes]",
            (url, host) -> "Loading " + url.path() + " ",
            CopySettings::ftpSourceInterface,
            Map.of(TraceKind.DIALOGUE, DebugFlag.IP_FTP),
            FtpRemote::open);

    /**
     * SCP prints no {@code Loading} or {@code [OK]} line: the server's {@code C} line, one {@code !} per
     * 256 KiB (at least one) and the rate. {@code debug ip scp} shows the client's steps; the SSH client
     * connects from {@code ip ssh source-interface}.
     */
    static final TransferProtocol SCP = new TransferProtocol(
            "SCP",
            LabService.SCP,
            256 * 1024,
            0,
            bytes -> "",
            (url, host) -> "",
            CopySettings::sshSourceInterface,
            Map.of(TraceKind.EVENT, DebugFlag.IP_SCP),
            ScpRemote::open);

    /**
     * HTTP prints the URL in its {@code Loading} line, as real IOS does; one {@code !} per 64 KiB. The
     * {@code [OK]} line (not seen in the captures, which are cut) follows TFTP's.
     */
    static final TransferProtocol HTTP = http(LabService.HTTP);

    static final TransferProtocol HTTPS = http(LabService.HTTPS);

    private static TransferProtocol http(LabService service) {
        return new TransferProtocol(
                "HTTPC",
                service,
                64 * 1024,
                0,
                bytes -> "[OK - " + bytes + " bytes]",
                (url, host) -> "Loading " + url.render() + " ",
                CopySettings::httpSourceInterface,
                Map.of(TraceKind.EVENT, DebugFlag.IP_HTTP_CLIENT),
                HttpRemote::open);
    }

    private TransferProtocols() {}

    /** The protocol of {@code scheme}; empty when the device has no client for it. */
    static Optional<TransferProtocol> of(UrlScheme scheme) {
        return switch (scheme) {
            case TFTP -> Optional.of(TFTP);
            case FTP -> Optional.of(FTP);
            case SCP -> Optional.of(SCP);
            case HTTP -> Optional.of(HTTP);
            case HTTPS -> Optional.of(HTTPS);
            case SFTP, RCP -> Optional.empty();
        };
    }

    /** The schemes with a protocol, in declaration order. */
    static List<UrlScheme> supported() {
        return Arrays.stream(UrlScheme.values())
                .filter(scheme -> of(scheme).isPresent())
                .toList();
    }
}
