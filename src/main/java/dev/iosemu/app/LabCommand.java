package dev.iosemu.app;

import dev.iosemu.cli.InputKind;
import dev.iosemu.console.TerminalConsole;
import dev.iosemu.lab.file.LabFile;
import dev.iosemu.lab.file.LabFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lab FILE}: every node of a lab file in one JVM, each console on a telnet port, until Ctrl-C. */
@Command(
        name = "lab",
        mixinStandardHelpOptions = true,
        version = Main.VERSION,
        description = "Boot every node of a lab file in one JVM, each console on a telnet port; runs until Ctrl-C.")
final class LabCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "The lab file (YAML), or the name of a shipped lab (ccna).")
    String file;

    @Option(
            names = "--generate",
            arity = "2",
            paramLabel = "N PROFILE",
            description = "Instead of a file: a fleet of N devices of PROFILE (r1..rN, distinct addresses and ports).")
    List<String> generate;

    @Option(names = "--attach", paramLabel = "NAME", description = "Open node NAME's console on this terminal.")
    String attach;

    @Option(
            names = "--lab-port-base",
            defaultValue = "0",
            description = "Lab TFTP on this loopback port, FTP on the next; 0 = free ports (default).")
    int labPortBase;

    @Option(names = "--images", description = "Folder the lab servers serve instead of the practice images.")
    Path images;

    @Option(
            names = "--state",
            paramLabel = "DIR",
            description = "Keep each node's state in DIR/NODE across runs (created if missing).")
    Path state;

    @Override
    public Integer call() throws Exception {
        LabFile lab = labFile();
        RunningLab.Builder builder = RunningLab.builder(lab).labPortBase(labPortBase);
        if (images != null) {
            builder.images(images);
        }
        if (state != null) {
            builder.state(state);
        }
        long started = System.nanoTime();
        try (RunningLab running = builder.start()) {
            System.err.printf(
                    "iosemu: lab %s: %d nodes booted in %.1f s%s%n",
                    lab.name(), running.nodes().size(), (System.nanoTime() - started) / 1e9, servers(running));
            PrintStream out = System.out;
            out.print(LabTable.render(running));
            out.println("telnet 127.0.0.1 PORT opens a node's console; Ctrl-C stops the lab.");
            out.flush();
            if (attach != null) {
                running.node(attach); // an unknown name fails before the terminal is taken
            }
            if (TerminalConsole.standardInputIsTerminal() && System.console() != null) {
                new LabPrompt(running, TerminalConsole.system()).run(attach);
            } else {
                awaitShutdown(running);
            }
        }
        return 0;
    }

    /** The lab file, a shipped lab by name, or the fleet of {@code --generate}. */
    private LabFile labFile() throws IOException, LabFileException {
        if (generate != null) {
            if (file != null) {
                throw new LabFileException(file, 0, "", "give a lab file or --generate, not both");
            }
            int count;
            try {
                count = Integer.parseInt(generate.get(0));
            } catch (NumberFormatException e) {
                throw new LabFileException(
                        "--generate", 0, "count", "must be a number (was '" + generate.get(0) + "')");
            }
            return LabFile.fleet(generate.get(1), count);
        }
        if (file == null) {
            throw new LabFileException(
                    "lab", 0, "", "name a lab file (or a shipped lab: ccna), or --generate N PROFILE");
        }
        Path path = Path.of(file);
        if (Files.exists(path)) {
            return LabFile.read(path);
        }
        String shipped = file.contains("/") ? file : "labs/" + file + ".yaml";
        try {
            return LabFile.resource(shipped, LabCommand.class.getClassLoader());
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file);
        }
    }

    private static String servers(RunningLab running) {
        return running.lab()
                .tftpAddress()
                .map(tftp -> ", lab server " + running.file().server().address() + " (TFTP "
                        + LabServers.hostPort(tftp) + ", FTP "
                        + running.lab().ftpAddress().map(LabServers::hostPort).orElse("-") + ")")
                .orElse("");
    }

    /** Without a terminal the lab runs until the process is stopped (Ctrl-C, SIGTERM). */
    private static void awaitShutdown(RunningLab running) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
    }

    /** The lab prompt: attach to a node's console, list the nodes, or stop the lab. */
    record LabPrompt(RunningLab lab, TerminalConsole console) {
        void run(String first) {
            if (first != null) {
                attach(first);
            }
            console.write("Lab prompt: NODE or attach NODE opens a console (Ctrl-D there comes back), nodes lists"
                    + " them, quit stops the lab.\n");
            String line;
            while ((line = console.readLine("lab " + lab.file().name() + "> ", InputKind.ANSWER)) != null) {
                String command = line.strip();
                if (command.equals("quit") || command.equals("exit")) {
                    return;
                } else if (command.equals("nodes")) {
                    console.write(LabTable.render(lab));
                } else if (!command.isEmpty()) {
                    attach(command.startsWith("attach ") ? command.substring(7).strip() : command);
                }
            }
        }

        private void attach(String name) {
            RunningLab.Node node;
            try {
                node = lab.node(name);
            } catch (IllegalArgumentException e) {
                console.write("% " + e.getMessage() + "\n");
                return;
            }
            console.write("[attached to " + node.name() + "'s console; Ctrl-D returns to the lab prompt]\n");
            NodeConsole.serveLine(node.device(), console, console::run);
            console.write("\n[detached from " + node.name() + "]\n");
        }
    }
}
