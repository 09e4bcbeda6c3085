package dev.iosemu.app;

import dev.iosemu.cli.BatchOptions;
import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.CommandResult;
import dev.iosemu.cli.ConsoleTransfer;
import dev.iosemu.console.TerminalConsole;
import dev.iosemu.device.BootPacing;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run} (the default): boots a device with the embedded lab servers on a terminal or in batch mode. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        version = Main.VERSION,
        description = "Boot a device and open its console (the default command).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--device",
            defaultValue = "c1941",
            description =
                    "Built-in profile (c1941, c2960x, isr4321, isr4451) or a profile YAML file (default ${DEFAULT-VALUE}).")
    String device;

    @Option(
            names = "--batch",
            description = "No terminal: commands and answers from stdin, one a line (the default when stdin is"
                    + " not a terminal).")
    boolean batch;

    @Option(names = "--quiet-boot", description = "Batch mode: start the transcript at the first prompt.")
    boolean quietBoot;

    @Option(
            names = "--fail-on-error",
            description = "Batch mode: exit with status 3 when a command drew an IOS error (a %% line), naming"
                    + " each on stderr.")
    boolean failOnError;

    @Option(
            names = "--lab-port-base",
            defaultValue = "0",
            description =
                    "Lab TFTP on this loopback port, FTP, device TFTP, SCP, HTTP, HTTPS on the next five; 0 = free ports (default).")
    int labPortBase;

    @Option(
            names = "--images",
            description = "Folder the lab servers serve instead of the practice images shipped with iosemu.")
    Path images;

    @Option(
            names = "--boot-delay",
            defaultValue = "1.0",
            description = "Boot pacing on a terminal: 1.0 is about a second and a half per boot, 0 is instant"
                    + " (default ${DEFAULT-VALUE}; batch mode never waits).")
    double bootDelay;

    @Option(names = "--no-lab", description = "Do not start the embedded lab servers.")
    boolean noLab;

    @Option(
            names = "--state",
            paramLabel = "DIR",
            description = "Keep the device's flash, NVRAM, boot variables, config register and lab uploads in DIR"
                    + " across runs (created if missing; one process at a time).")
    Path state;

    @Option(
            names = "--flash-file",
            paramLabel = "FILE[=DEST]",
            description = "Put a host file on the device at start, byte for byte (DEST: where, such as flash:x.bin;"
                    + " default flash:FILE's name); repeatable. Any file: an image of another platform, a damaged one.")
    List<String> flashFiles = new ArrayList<>();

    @Option(
            names = "--xmodem-file",
            paramLabel = "FILE",
            description = "The file the console sends when a boot loader asks for an XMODEM transfer (copy xmodem:"
                    + " at the switch: loader), as a terminal program would.")
    Path xmodemFile;

    @Option(
            names = "--mode-button",
            description = "Hold a switch's Mode button at power-on: the switch: loader stops before it initialises"
                    + " flash (flash_init, then boot), as for password recovery.")
    boolean modeButton;

    @Option(
            names = "--ssh-port",
            defaultValue = "0",
            paramLabel = "N",
            description = "SSH to the device's vty lines on this loopback port; 0 = a free port (default)."
                    + " It listens once the device has booted with an RSA key.")
    int sshPort;

    @Option(
            names = "--telnet-port",
            defaultValue = "0",
            paramLabel = "N",
            description = "Telnet to the device's vty lines on this loopback port; 0 = a free port (default).")
    int telnetPort;

    @Option(
            names = "--headless",
            description = "No local console: the device runs until SIGINT or SIGTERM, reachable over SSH and"
                    + " telnet; its console output goes to stdout.")
    boolean headless;

    /** Exit status of a batch run with {@code --fail-on-error} in which some command drew an IOS error. */
    static final int COMMAND_ERRORS = 3;

    @Override
    public Integer call() throws Exception {
        if (!batch && !headless && !TerminalConsole.standardInputIsTerminal()) {
            // piped input is a script: run it as one, rather than take its first line for RETURN
            System.err.println("iosemu: standard input is not a terminal, so this is batch mode (--batch)");
            batch = true;
        }
        VirtualDevice.Builder builder = VirtualDevice.builder()
                .profile(device)
                .labServers(!noLab)
                .labPortBase(labPortBase)
                .sshPort(sshPort)
                .telnetPort(telnetPort)
                .bootPacing(batch || headless ? BootPacing.NONE : BootPacing.realTime(bootDelay));
        if (batch) {
            builder.ownLab.deferServers(); // and the device's SSH: started once the console waits for input
        }
        if (state != null) {
            builder.state(state);
        }
        for (String seed : flashFiles) {
            int equals = seed.indexOf('=');
            Path source = Path.of(equals < 0 ? seed : seed.substring(0, equals));
            if (!Files.isRegularFile(source)) {
                throw new java.nio.file.NoSuchFileException(source.toString());
            }
            builder.flashFile(source, equals < 0 ? "flash:" + source.getFileName() : seed.substring(equals + 1));
        }
        if (images != null) {
            builder.images(images); // a missing folder fails the build: one line, exit 1
        }
        if (xmodemFile != null && !Files.isRegularFile(xmodemFile)) {
            throw new java.nio.file.NoSuchFileException(xmodemFile.toString());
        }
        VirtualDevice built = builder.build();
        if (modeButton && !built.router().holdModeButton()) {
            built.close();
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--mode-button: a " + device + " has no Mode button (a switch has)");
        }
        boolean labLater = built.lab().serversPending();
        if (!labLater) {
            System.err.println(endpoints(built));
        }
        announceRemoteConsoles(built, !batch);
        if (headless) {
            return Headless.serve(built); // closes the device when the process is told to stop
        }
        try (VirtualDevice virtualDevice = built) {
            return batch ? runBatch(virtualDevice, labLater) : runTerminal(virtualDevice);
        }
    }

    /**
     * The batch console over stdin and stdout. What {@link Lab.Builder#deferServers} held back starts
     * on a thread of its own when the console first reads its input (the device then waits at its first prompt,
     * or at a boot question); a command that reaches a server first starts it or waits for it.
     */
    private int runBatch(VirtualDevice device, boolean labLater) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new FirstRead(
                new InputStreamReader(System.in, StandardCharsets.UTF_8), () -> startDeferred(device, labLater)));
        List<CommandResult> failed = new ArrayList<>();
        CliSession session = device.openBatch(
                in,
                out,
                new BatchOptions(
                        quietBoot,
                        result -> {
                            if (result.failed()) {
                                failed.add(result);
                            }
                        },
                        transfer()));
        device.serveConsole(session, CliSession::run, false);
        out.flush();
        return failOnError ? commandErrors(failed) : 0;
    }

    /**
     * Lets the device's SSH server listen and (if {@code lab}) starts the lab's servers, saying where they listen
     * (asking for their addresses starts them), on a thread of its own.
     */
    private static void startDeferred(VirtualDevice device, boolean lab) {
        Thread.ofPlatform().name("deferred servers").daemon(true).start(() -> {
            try {
                device.remote().releaseSsh();
                if (lab) {
                    System.err.println(endpoints(device));
                }
            } catch (IOException e) {
                System.err.println("iosemu: SSH did not start: " + e.getMessage());
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof ClosedChannelException)) { // closed first: the input was that short
                    System.err.println("iosemu: the lab servers did not start: "
                            + e.getCause().getMessage());
                }
            }
        });
    }

    /** A reader that runs {@code first} once, when it is first read. */
    private static final class FirstRead extends FilterReader {
        private Runnable first; // the reading thread's own; null once run

        FirstRead(Reader in, Runnable first) {
            super(in);
            this.first = first;
        }

        @Override
        public int read() throws IOException {
            runFirst();
            return super.read();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            runFirst();
            return super.read(buffer, offset, length);
        }

        private void runFirst() {
            if (first != null) {
                Runnable once = first;
                first = null;
                once.run();
            }
        }
    }

    /** Names each command that drew an IOS error on stderr; the exit status says whether one did. */
    private static int commandErrors(List<CommandResult> failed) {
        for (CommandResult result : failed) {
            System.err.println("iosemu: IOS error on \"" + result.line() + "\": "
                    + result.errors().getFirst());
        }
        return failed.isEmpty() ? 0 : COMMAND_ERRORS;
    }

    /**
     * The console line as on a real device: boot, "Press RETURN to get started!", a session; after {@code exit}
     * the line is available again. End of input (Ctrl-D at the RETURN prompt) stops iosemu.
     */
    private int runTerminal(VirtualDevice device) {
        TerminalConsole console = TerminalConsole.system();
        if (xmodemFile != null) {
            console.transferring(transfer());
        }
        return consoleLine(device, console);
    }

    /** What the console sends for {@code copy xmodem:}: the file named, else nothing a script can carry. */
    private ConsoleTransfer transfer() {
        return xmodemFile == null ? ConsoleTransfer.NONE : new XmodemFileTerminal(xmodemFile);
    }

    /**
     * The console line of {@link #runTerminal} over {@code console} ({@link VirtualDevice#serveConsole}). A
     * session that ends with the device in its loader (input ended at {@code rommon N >} after a reload) ends
     * the line too: end of input never brings up an IOS prompt with nothing booted.
     */
    static int consoleLine(VirtualDevice device, TerminalConsole console) {
        device.serveConsole(device.openSession(console), console::run, true);
        return 0;
    }

    /**
     * {@code iosemu: telnet 127.0.0.1:PORT} now, and {@code iosemu: ssh 127.0.0.1:PORT} each time SSH starts
     * listening (once booted with a key), one stable line per service on stderr. Interactively, the key is made
     * in the background, so the first connection does not wait for it.
     */
    private static void announceRemoteConsoles(VirtualDevice device, boolean prepareKey) {
        device.telnetAddress().ifPresent(a -> System.err.println("iosemu: telnet " + LabServers.hostPort(a)));
        device.remote().onSshListening(address -> {
            System.err.println("iosemu: ssh " + LabServers.hostPort(address));
            if (prepareKey) {
                device.remote().prepareKey();
            }
        });
    }

    /** One stderr line saying where the lab and device servers listen (not part of the console transcript). */
    static String endpoints(VirtualDevice device) {
        StringBuilder line = new StringBuilder("iosemu:");
        device.labTftpAddress()
                .ifPresent(a ->
                        line.append(" lab TFTP ").append(LabServers.hostPort(a)).append(','));
        device.labFtpAddress()
                .ifPresent(a ->
                        line.append(" lab FTP ").append(LabServers.hostPort(a)).append(','));
        device.labScpAddress()
                .ifPresent(a ->
                        line.append(" lab SCP ").append(LabServers.hostPort(a)).append(','));
        device.labHttpAddress()
                .ifPresent(a ->
                        line.append(" lab HTTP ").append(LabServers.hostPort(a)).append(','));
        device.lab().httpsAddress().ifPresent(a -> line.append(" lab HTTPS ")
                .append(LabServers.hostPort(a))
                .append(','));
        return line.append(" device TFTP server ")
                .append(device.tftpServerAddress()
                        .map(LabServers::hostPort)
                        .orElse("off until tftp-server names a file"))
                .toString();
    }
}
