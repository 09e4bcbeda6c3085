package dev.iosemu.cli.commands;

import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ShellSettings;
import dev.iosemu.cli.commands.archive.ArchiveCommands;
import dev.iosemu.cli.commands.config.ConfigCommands;
import dev.iosemu.cli.commands.config.StartupReplayer;
import dev.iosemu.cli.commands.copy.CopyTimeouts;
import dev.iosemu.cli.commands.copy.UrlFetch;
import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.cli.commands.file.FileCommands;
import dev.iosemu.cli.commands.install.InstallCommands;
import dev.iosemu.cli.commands.show.ShowCommands;
import dev.iosemu.cli.commands.system.BootConsoles;
import dev.iosemu.cli.commands.system.SystemCommands;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.BootOutcome;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.Router;
import dev.iosemu.device.TestClock;
import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.net.Ticker;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.DeviceProfiles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A device built from a shipped profile, powered on with a fixed clock (1 March 1993, as an IOS device
 * without a calendar), with the configuration commands and the EXEC commands of this area registered (so
 * the startup-config is replayed through the real parser at every boot), and a headless session.
 * ROMMON {@code tftpdnld} is served from the shipped {@code images/}.
 */
public final class ExecFixture {
    public static final Instant START = Instant.parse("1993-03-01T00:00:00Z");

    public final TestClock clock = new TestClock(START);
    public final Router router;
    public final CommandRegistry registry = new CommandRegistry();
    public final HeadlessSession session;
    private final ShellSettings settings;

    /** Called with each boot-loader prompt before the loader reads its line (to act while in ROMMON). */
    public volatile Consumer<String> loaderHook = prompt -> {};

    /** Timeouts short enough for a silent server to fail fast in a test. */
    public static final CopyTimeouts TIMEOUTS =
            new CopyTimeouts(Duration.ofSeconds(1), 1, Duration.ofSeconds(2), Duration.ofSeconds(2), Ticker.system());

    private ExecFixture(String profile) throws Exception {
        this(DeviceProfiles.loadBuiltIn(profile), labHosts(DeviceProfiles.loadBuiltIn(profile)));
    }

    /** The lab addresses the profile names, with no server behind them (the lab servers are off here). */
    private static LabAddressMap labHosts(DeviceProfile profile) {
        LabAddressMap map = LabAddressMap.empty();
        for (var server : profile.lab().servers()) {
            map = map.withHost(dev.iosemu.lab.Ipv4Address.parse(server.address()));
        }
        return map;
    }

    private ExecFixture(DeviceProfile profile, LabAddressMap lab) throws Exception {
        router = Router.create(profile, clock, lab.withNameService(ExecFixture::answer));
        settings = ConfigCommands.shellSettings(router).build();
        ConfigReplayer replayer = new StartupReplayer(registry, settings);
        ConfigCommands.register(registry, router, new Random(7));
        ShowCommands.register(registry, router);
        FileCommands.register(registry, router);
        BootConsoles consoles = s -> watched(BootConsoles.over(s, BootPacing.NONE, replayer, ExecFixture::fromImages));
        SystemCommands.register(registry, router, consoles);
        InstallCommands.register(registry, router, consoles);
        ArchiveCommands.register(
                registry, router, UrlFetch.of(router, new DebugHub(), TIMEOUTS, Ticker.system()), consoles);
        StringBuilder bootLog = new StringBuilder();
        BootOutcome outcome = router.powerOn(BootConsole.of(bootLog::append, LineInput.none(), replayer));
        if (outcome != BootOutcome.IOS_RUNNING) {
            throw new IllegalStateException(profile.name() + " did not boot:\n" + bootLog);
        }
        session = HeadlessSession.of(registry, settings);
    }

    /** The one name server of the fixture's network: it knows {@code fileserver.lab.local} as 192.168.1.10. */
    public static final Ipv4Address NAME_SERVER = Ipv4Address.parse("192.168.1.53");

    private static Optional<Ipv4Address> answer(InetSocketAddress server, String name) {
        boolean known = server.equals(new InetSocketAddress(NAME_SERVER.toInetAddress(), 53))
                && name.equalsIgnoreCase("fileserver.lab.local");
        return known ? Optional.of(Ipv4Address.parse("192.168.1.10")) : Optional.empty();
    }

    /** A booted device from profile {@code name}, the session in user EXEC. */
    public static ExecFixture boot(String name) throws Exception {
        return new ExecFixture(name);
    }

    /**
     * A booted device from the shipped profile {@code name} with {@code edit} applied to its YAML (a smaller
     * flash, say), the session in privileged EXEC.
     */
    public static ExecFixture enabled(String name, java.util.function.UnaryOperator<String> edit) throws Exception {
        String yaml = Files.readString(Path.of("devices", name + ".yaml"));
        ExecFixture fixture =
                new ExecFixture(DeviceProfiles.parse(edit.apply(yaml), name + "-edited"), LabAddressMap.empty());
        fixture.session.session().enterMode(Mode.PRIVILEGED_EXEC);
        return fixture;
    }

    /** A booted device from profile {@code name} on {@code lab}, the session in privileged EXEC. */
    public static ExecFixture enabled(String name, LabAddressMap lab) throws Exception {
        ExecFixture fixture = new ExecFixture(DeviceProfiles.loadBuiltIn(name), lab);
        fixture.session.session().enterMode(Mode.PRIVILEGED_EXEC);
        return fixture;
    }

    /** A booted device from profile {@code name}, the session in privileged EXEC. */
    public static ExecFixture enabled(String name) throws Exception {
        ExecFixture fixture = new ExecFixture(name);
        fixture.session.session().enterMode(Mode.PRIVILEGED_EXEC);
        return fixture;
    }

    /** The shipped practice image {@code name} from {@code images/}. */
    public static Path shippedImage(String name) {
        return Path.of("images", name);
    }

    /** Puts the shipped image {@code name} on the device at {@code prefix}{@code /name}, as a copy would. */
    public void placeImage(String name, String prefix) throws IOException {
        var fs = router.fileSystems().find(prefix).orElseThrow();
        Files.copy(shippedImage(name), fs.path("/" + name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Another console session on the device, in user EXEC. */
    public HeadlessSession openSession() {
        return HeadlessSession.of(registry, settings);
    }

    /** Runs {@code line} with {@code answers} and returns what it printed after the echoed line. */
    public String exec(String line, String... answers) {
        return session.exec(line, answers);
    }

    private BootConsole watched(BootConsole console) {
        LineInput input = new LineInput() {
            @Override
            public Optional<String> readLine(String prompt) {
                loaderHook.accept(prompt);
                return console.in().readLine(prompt);
            }

            @Override
            public boolean askYesNo(String prompt) {
                return console.in().askYesNo(prompt);
            }
        };
        return new BootConsole(console.out(), input, console.pacing(), console.replayer(), console.tftp());
    }

    /** ROMMON {@code tftpdnld} served from the shipped images, as if the lab TFTP server answered. */
    private static void fromImages(
            RommonTftp.Request request, java.nio.channels.WritableByteChannel destination, LongConsumer progress)
            throws IOException {
        Path source = shippedImage(request.file());
        if (!Files.exists(source)) {
            throw new NoSuchFileException(request.file());
        }
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(Files.readAllBytes(source));
        while (bytes.hasRemaining()) {
            destination.write(bytes);
        }
        progress.accept(bytes.capacity());
    }
}
