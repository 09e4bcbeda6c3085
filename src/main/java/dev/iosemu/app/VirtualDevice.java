package dev.iosemu.app;

import dev.iosemu.cli.BatchOptions;
import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.commands.copy.CopyTimeouts;
import dev.iosemu.cli.commands.copy.RommonTftpDownloads;
import dev.iosemu.cli.commands.copy.TftpServerFiles;
import dev.iosemu.cli.commands.ssh.SshConnections;
import dev.iosemu.cli.commands.system.LineLogin;
import dev.iosemu.cli.commands.system.LineSession;
import dev.iosemu.device.BootOutcome;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.InitialFile;
import dev.iosemu.device.Line;
import dev.iosemu.device.Router;
import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.fs.copy.HeapBudget;
import dev.iosemu.fs.local.ImageStore;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.remote.DeviceTftpServer;
import dev.iosemu.fs.state.StateFolder;
import dev.iosemu.lab.NameService;
import dev.iosemu.net.Ticker;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.profile.ProfileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A virtual device with its command set, in a {@link Lab} of its own (with the embedded lab servers unless
 * turned off) or in one it shares with other devices: the in-process API for tests and scripts, and what
 * {@code run} drives on a terminal or in batch mode.
 *
 * <pre>{@code
 * try (VirtualDevice device = VirtualDevice.builder().profile("c1941").build()) {
 *     device.powerOn();
 *     HeadlessSession console = device.openSession();
 *     console.exec("enable");
 *     String version = console.exec("show version");
 * }
 * }</pre>
 *
 * Several sessions may run at once (each on its own thread); device state is guarded by the device.
 */
public final class VirtualDevice implements AutoCloseable {
    private final Router router;
    private final DeviceSessions sessions;
    private final Lab lab;
    private final boolean ownsLab; // a lab of one, closed with the device
    private final DeviceTftpServer tftpServer;
    private final HeapBudget.Hold heapHeld; // the device's own file data in the heap, for the heap budget
    private final Optional<StateFolder> state;
    private final RemoteConsoles remote;

    VirtualDevice(
            Builder builder,
            Router router,
            Lab lab,
            boolean ownsLab,
            DeviceTftpServer tftpServer,
            Optional<StateFolder> state)
            throws IOException {
        this.router = router;
        this.state = state;
        RommonTftp rommonTftp = builder.rommonTftp != null
                ? builder.rommonTftp
                : new RommonTftpDownloads(router.lab(), builder.copyTimeouts);
        this.lab = lab;
        this.ownsLab = ownsLab;
        this.tftpServer = tftpServer;
        this.heapHeld = HeapBudget.jvm().hold(() -> router.fileSystems().all().stream()
                .mapToLong(LocalFileSystem::heapBytes)
                .sum());
        DeviceCommands commands = DeviceCommands.wire(
                router,
                new DeviceCommands.Options(
                        builder.pacing, rommonTftp, builder.copyTimeouts, builder.ticker, this::sshConnections));
        this.sessions = new DeviceSessions(router, commands, builder.pacing, rommonTftp);
        var settings = RemoteConsoles.Settings.loopback(builder.sshPort, builder.telnetPort, builder.ownLab.defers());
        this.remote = RemoteConsoles.start(router, settings, sessions::open);
        router.onRunningConfigChange(this::serveConfiguredFiles);
        DeviceLog.built(router, lab);
    }

    /** {@code tftp-server flash:FILE [alias NAME]}: the device serves what its running config names, if any. */
    private void serveConfiguredFiles() {
        try {
            tftpServer.serve(TftpServerFiles.of(router));
        } catch (UncheckedIOException e) {
            DeviceLog.tftpServerNotStarted(router, e.getCause());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The device itself: file systems, configuration, boot state. */
    public Router router() {
        return router;
    }

    /** The lab the device lives in. */
    public Lab lab() {
        return lab;
    }

    /** Where the embedded lab TFTP server listens, if the device's lab has servers. */
    public Optional<InetSocketAddress> labTftpAddress() {
        return lab.tftpAddress();
    }

    /** Where the embedded lab FTP server listens, if the device's lab has servers. */
    public Optional<InetSocketAddress> labFtpAddress() {
        return lab.ftpAddress();
    }

    /** Where the embedded lab SCP server listens, if the device's lab has servers. */
    public Optional<InetSocketAddress> labScpAddress() {
        return lab.scpAddress();
    }

    /** Where the embedded lab HTTP server listens, if the device's lab has servers. */
    public Optional<InetSocketAddress> labHttpAddress() {
        return lab.httpAddress();
    }

    /**
     * Where the device's own TFTP server ({@code tftp-server flash:FILE}) listens: on loopback (on a modelled
     * lab network, the device's own addresses), and only while a {@code tftp-server} line names a file.
     */
    public Optional<InetSocketAddress> tftpServerAddress() {
        return tftpServer.address();
    }

    /** Where the device's SSH server listens: empty without one, or while the device has no RSA key. */
    public Optional<InetSocketAddress> sshAddress() {
        return remote.sshAddress();
    }

    /** Where the device's telnet server listens, if it has one. */
    public Optional<InetSocketAddress> telnetAddress() {
        return remote.telnetAddress();
    }

    private List<SshConnections.Row> sshConnections() {
        return remote.connections().rows();
    }

    /** The device's SSH and telnet servers (none unless the builder asked for a port). */
    RemoteConsoles remote() {
        return remote;
    }

    /** Powers the device on with its boot text collected and returned; ROMMON gets no input here. */
    public String powerOn() {
        return sessions.powerOnQuietly();
    }

    /** Powers the device on over {@code console}, its console line (where a reload typed on a vty boots too). */
    public BootOutcome powerOn(CliSession console) {
        return sessions.powerOn(console);
    }

    /** The console line until its input ends: boots on {@code first}, then runs {@link LineSession}s on it. */
    public void serveConsole(CliSession first, Consumer<CliSession> runner, boolean waitsForReturn) {
        sessions.serveConsole(first, runner, waitsForReturn);
    }

    /** Opens {@code session} as its line does (banners, its login); false when the login failed or input ended. */
    public boolean openConsole(CliSession session) {
        return LineLogin.open(session, router);
    }

    /** A new headless console session in user EXEC, listed among the device's open lines until it closes. */
    public HeadlessSession openSession() {
        return sessions.headless(Line.console());
    }

    /** A headless session on the lowest free vty (IllegalStateException if none), for a client at {@code peer}. */
    public HeadlessSession openVty(String peer) {
        return sessions.headless(sessions.freeVty(peer));
    }

    /** A console session over any console (a terminal, a stream); call {@link CliSession#run()} to drive it. */
    public CliSession openSession(ConsoleIo io) {
        return sessions.open(io, Line.console());
    }

    /** A session on {@code line} over {@code io}, listed among the device's open lines until it closes. */
    public CliSession openSession(ConsoleIo io, Line line) {
        return sessions.open(io, line);
    }

    /** A batch session: commands and answers from {@code script}, transcript appended to {@code out}. */
    public CliSession openBatch(java.io.Reader script, Appendable out) {
        return sessions.batch(script, out, BatchOptions.DEFAULT);
    }

    /** The same, shown as {@code options} say (a quiet boot; each command told to a listener). */
    public CliSession openBatch(java.io.Reader script, Appendable out, BatchOptions options) {
        return sessions.batch(script, out, options);
    }

    /** Runs {@code script} (one line a command or an answer) on a fresh batch console and returns its transcript. */
    public String runScript(String script) {
        return sessions.runScript(script);
    }

    @Override
    public void close() throws IOException {
        DeviceLog.closing(router);
        lab.leave(this);
        try {
            remote.close();
            tftpServer.close();
            heapHeld.close();
            router.fileSystems().close();
        } finally {
            try {
                if (ownsLab) {
                    lab.close();
                }
            } finally {
                state.ifPresent(StateFolder::close);
            }
        }
    }

    /** Settings of a virtual device; everything has a default (the c1941 with lab servers on free ports). */
    public static final class Builder {
        String profileName = DeviceProfiles.defaultName();
        DeviceProfile profile;
        Clock clock = Clock.systemUTC();
        boolean clockChosen;
        final Lab.Builder ownLab = Lab.builder(); // the lab of one, unless a shared lab is given
        BootPacing pacing = BootPacing.NONE;
        RommonTftp rommonTftp; // null: fetch over TFTP through the lab map
        CopyTimeouts copyTimeouts = CopyTimeouts.standard();
        Ticker ticker = Ticker.system();
        NameService nameService = DnsNames.standard();
        ImageStore imageStore = ImageStore.shared();
        Path stateFolder; // null: nothing outlives the device
        Lab lab; // null: a lab of one, made from the settings above
        String startupConfig; // null: the profile's
        OptionalInt sshPort = OptionalInt.empty();
        OptionalInt telnetPort = OptionalInt.empty();

        final List<InitialFile> flashFiles = new java.util.ArrayList<>();

        private Builder() {}

        /**
         * Puts the device in {@code shared}, a lab other devices may live in too; the lab's own settings then
         * apply, not {@link #labServers}, {@link #images} or {@link #labPortBase}, and closing the device leaves
         * the lab open.
         */
        public Builder lab(Lab shared) {
            this.lab = Objects.requireNonNull(shared, "shared");
            return this;
        }

        /** How the device puts its DNS queries to name servers (default: real DNS over UDP). */
        public Builder nameService(NameService names) {
            this.nameService = Objects.requireNonNull(names, "names");
            return this;
        }

        /**
         * Where initial images come from: the devices of one store share their bytes until one writes (default:
         * the store of this process).
         */
        public Builder imageStore(ImageStore store) {
            this.imageStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Seeds flash with host file {@code source} at {@code iosPath}, byte for byte ({@code --flash-file}). */
        public Builder flashFile(Path source, String iosPath) {
            flashFiles.add(new InitialFile.HostFile(iosPath, source));
            return this;
        }

        /**
         * Keeps the device's state in {@code folder} across runs ({@code run --state}): flash as plain files,
         * NVRAM, loader variables and configuration register, and the lab server's uploads, restored as left.
         * The folder is locked while the device is open.
         */
        public Builder state(Path folder) {
            this.stateFolder = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** A built-in profile name ({@code c1941}, {@code c2960x}, {@code isr4321}) or a YAML file path. */
        public Builder profile(String nameOrPath) {
            this.profileName = Objects.requireNonNull(nameOrPath, "nameOrPath");
            this.profile = null;
            return this;
        }

        public Builder profile(DeviceProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** The startup-config a new device boots with instead of its profile's (a lab node's own). */
        public Builder startupConfig(String config) {
            this.startupConfig = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * The device's clock (dates in flash, uptime, {@code show clock}), on every profile. Without one, the
         * system clock, and a model without a calendar (the Catalyst 2960) starts at Mar 1 1993 at each boot
         * as the real switch does.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            this.clockChosen = true;
            return this;
        }

        /** Whether to start the embedded TFTP and FTP lab servers (default true). */
        public Builder labServers(boolean enabled) {
            ownLab.servers(enabled);
            return this;
        }

        /**
         * A folder the lab servers serve instead of the practice images shipped with iosemu (the
         * default, from any working directory); {@link #build()} fails if it is not a folder.
         */
        public Builder images(Path folder) {
            ownLab.images(folder);
            return this;
        }

        /** Lab TFTP on this port, lab FTP on the next, the device's own TFTP server on the one after; 0 (the default) picks free ports. */
        public Builder labPortBase(int port) {
            ownLab.portBase(port);
            return this;
        }

        /** How long boot stages linger (none by default). */
        public Builder bootPacing(BootPacing pacing) {
            this.pacing = Objects.requireNonNull(pacing, "pacing");
            return this;
        }

        /** How ROMMON's {@code tftpdnld} fetches images (default: over TFTP, through the lab network). */
        public Builder rommonTftp(RommonTftp tftp) {
            this.rommonTftp = Objects.requireNonNull(tftp, "tftp");
            return this;
        }

        /** How long copies wait for servers. */
        public Builder copyTimeouts(CopyTimeouts timeouts) {
            this.copyTimeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        /** Serves the vty lines over SSH on this loopback port (0: a free one) while the device has an RSA key. */
        public Builder sshPort(int port) {
            this.sshPort = OptionalInt.of(RemoteConsoles.checkPort(port));
            return this;
        }

        /** Serves the device's vty lines over telnet on this loopback port (0: a free one). None by default. */
        public Builder telnetPort(int port) {
            this.telnetPort = OptionalInt.of(RemoteConsoles.checkPort(port));
            return this;
        }

        /** The clock copies measure their rates with. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /**
         * Creates the device (powered off) and starts its lab servers.
         *
         * @throws java.nio.file.NoSuchFileException if the {@link #images(Path)} folder does not exist
         */
        public VirtualDevice build() throws IOException, ProfileException {
            return DeviceBuild.build(this);
        }
    }
}
