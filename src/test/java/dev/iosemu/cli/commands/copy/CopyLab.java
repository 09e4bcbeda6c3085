package dev.iosemu.cli.commands.copy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.ShellSettings;
import dev.iosemu.cli.commands.debug.DebugCommands;
import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.InterfaceAddress;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabService;
import dev.iosemu.lab.StaticRoute;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.dns.DnsClient;
import dev.iosemu.net.ftp.FtpServer;
import dev.iosemu.net.ftp.FtpServerConfig;
import dev.iosemu.net.http.LabHttpServer;
import dev.iosemu.net.ssh.SshHostKey;
import dev.iosemu.net.ssh.scp.ScpAccount;
import dev.iosemu.net.ssh.scp.ScpFileServer;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.testing.FakeDnsServer;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A 1941 wired to a lab: an embedded TFTP server and FTP server on loopback (port 0) over one jimfs
 * folder holding the shipped images, mapped at 192.168.1.10; Gi0/0 192.168.1.1/24 with a default
 * route; timeouts short enough for silent servers to fail in seconds yet long enough for a loaded
 * machine; a ticker that makes every copy take 0.250 s so rates are reproducible.
 */
final class CopyLab implements AutoCloseable {
    static final String NEW_IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";
    static final String OLD_IMAGE = "c1900-universalk9-mz.SPA.154-3.M3.bin";
    static final String SMALL_CONFIG = "r1.cfg";
    /** A shipped image whose payload does not match its embedded hash. */
    static final String CORRUPTED_IMAGE = "c1900-universalk9-mz.SPA.158-3.M2.bin";

    /** One lab SCP host key for every test of the JVM: a 2048-bit key takes a loaded machine seconds to make. */
    static final SshHostKey SCP_HOST_KEY = SshHostKey.generatedOnFirstUse(2048);

    static final CopyTimeouts TIMEOUTS =
            new CopyTimeouts(Duration.ofSeconds(1), 1, Duration.ofSeconds(2), Duration.ofSeconds(2), Ticker.system());

    final FileSystem serverFs = Jimfs.newFileSystem(Configuration.unix());
    final Path root = serverFs.getPath("/srv");
    final TftpServer tftp;
    final FtpServer ftp;
    final ScpFileServer scp;
    final LabHttpServer http;
    final LabHttpServer https;
    final Router router;
    final GatedStore gate;
    final TftpServer gatedTftp;
    final FakeDnsServer dns;
    private final DatagramSocket silentUdp;
    private final ServerSocket silentTcp;
    final DebugHub debug = new DebugHub();
    final CommandRegistry registry = new CommandRegistry();
    final List<String> merged = new ArrayList<>();

    CopyLab() throws Exception {
        Files.createDirectories(root.resolve("upload"));
        for (String image : List.of(NEW_IMAGE, OLD_IMAGE, CORRUPTED_IMAGE)) {
            Files.copy(Path.of("images", image), root.resolve(image));
        }
        Files.writeString(root.resolve(SMALL_CONFIG), "hostname R1\n!\nip ftp username cisco\nend\n");
        tftp = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .writable(true)
                .build());
        ftp = FtpServer.start(FtpServerConfig.builder(root)
                .account("cisco", "cisco", ".", false)
                .account("upload", "upload", "upload", true)
                .build());
        scp = ScpFileServer.start(
                InetAddress.getLoopbackAddress(),
                0,
                root,
                List.of(
                        new ScpAccount("cisco", "cisco", ".", false),
                        new ScpAccount("upload", "upload", "upload", true)),
                SCP_HOST_KEY);
        http = LabHttpServer.start(InetAddress.getLoopbackAddress(), 0, root, false);
        https = LabHttpServer.start(InetAddress.getLoopbackAddress(), 0, root, true);
        gate = new GatedStore(RootDirectoryStore.of(root));
        gatedTftp = TftpServer.start(TftpServerConfig.builder(gate).build());
        dns = FakeDnsServer.start().add("fileserver.lab.local", SERVER.toString());
        silentUdp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        silentTcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        LabAddressMap lab = LabAddressMap.empty()
                .with(SERVER, LabService.TFTP, tftp.address())
                .with(SERVER, LabService.FTP, ftp.address())
                .with(SERVER, LabService.SCP, scp.address())
                .with(SERVER, LabService.HTTP, http.address())
                .with(SERVER, LabService.HTTPS, https.address())
                .with(SILENT, LabService.TFTP, (InetSocketAddress) silentUdp.getLocalSocketAddress())
                .with(SILENT, LabService.FTP, (InetSocketAddress) silentTcp.getLocalSocketAddress())
                .with(REFUSING, LabService.FTP, closedPort())
                .with(GATED, LabService.TFTP, gatedTftp.address())
                .with(NAME_SERVER, LabService.DNS, dns.address())
                .withNameService(CopyLab::askOverUdp);
        router = Router.create(smallFlashProfile(), fixedClock(), lab);
        ConfigReplayer replayer = (lines, console) -> merged.addAll(lines);
        router.powerOn(BootConsole.of(text -> {}, LineInput.none(), ConfigReplayer.NONE));
        router.configure(b -> b.updateInterface("GigabitEthernet0/0", ifc -> ifc.withShutdown(false)
                        .withAddress(Optional.of(new InterfaceAddress(
                                Ipv4Address.parse("192.168.1.1"), Ipv4Address.parse("255.255.255.0")))))
                .routing(r -> r.withRoute(new StaticRoute(
                        Ipv4Address.parse("0.0.0.0"),
                        Ipv4Address.parse("0.0.0.0"),
                        Ipv4Address.parse("192.168.1.254")))));
        CopyCommands.register(registry, router, replayer, debug, TIMEOUTS, quarterSecondTicker());
        DebugCommands.register(registry, debug);
    }

    static final Ipv4Address SERVER = Ipv4Address.parse("192.168.1.10");
    /** Serves TFTP and FTP sockets that never answer. */
    static final Ipv4Address SILENT = Ipv4Address.parse("192.168.1.20");
    /** Its FTP port refuses connections; it has no TFTP at all. */
    static final Ipv4Address REFUSING = Ipv4Address.parse("192.168.1.21");
    /** A TFTP server that stalls every transfer after {@link GatedStore#OPEN_BYTES}. */
    static final Ipv4Address GATED = Ipv4Address.parse("192.168.1.30");
    /** A name server (a {@link FakeDnsServer}) that knows {@code fileserver.lab.local} as {@link #SERVER}. */
    static final Ipv4Address NAME_SERVER = Ipv4Address.parse("192.168.1.53");
    /** Flash small enough that a third 1 MiB image does not fit. */
    static final long FLASH_BYTES = 2560 * 1024;

    /** Real DNS over UDP to the name server's socket, as the app wires it. */
    private static Optional<Ipv4Address> askOverUdp(InetSocketAddress server, String name) {
        return new DnsClient(java.time.Duration.ofSeconds(5), 1)
                .lookup(server, name)
                .map(address -> Ipv4Address.parse(address.getHostAddress()));
    }

    /** The shipped 1941 profile with a 3 MiB flash. */
    private static DeviceProfile smallFlashProfile() throws Exception {
        String yaml = Files.readString(Path.of("devices/c1941.yaml"));
        return DeviceProfiles.parse(yaml.replace("size: 256487424", "size: " + FLASH_BYTES), "c1941-small");
    }

    private static InetSocketAddress closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
        }
    }

    /** A privileged session. */
    HeadlessSession session() {
        HeadlessSession session = HeadlessSession.of(
                registry,
                ShellSettings.builder()
                        .hostname(() -> router.runningConfig().hostname())
                        .build());
        session.exec("enable");
        return session;
    }

    LocalFileSystem flash() {
        return router.fileSystems().find("flash:").orElseThrow();
    }

    byte[] serverFile(String name) throws IOException {
        return Files.readAllBytes(root.resolve(name));
    }

    static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    }

    /** Every copy measures exactly 0.250 s: start and end readings differ by that much. */
    static Ticker quarterSecondTicker() {
        AtomicLong now = new AtomicLong();
        return () -> now.getAndAdd(250_000_000L);
    }

    @Override
    public void close() throws IOException {
        gate.release.countDown();
        tftp.close();
        gatedTftp.close();
        ftp.close();
        scp.close();
        http.close();
        https.close();
        silentUdp.close();
        silentTcp.close();
        dns.close();
        serverFs.close();
    }
}
