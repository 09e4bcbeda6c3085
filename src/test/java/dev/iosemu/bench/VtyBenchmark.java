package dev.iosemu.bench;

import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshClientChannel;
import dev.iosemu.net.ssh.SshEngine;
import dev.iosemu.net.terminal.WindowSize;
import dev.iosemu.testing.LabReady;
import dev.iosemu.testing.OpenSshd;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The device's vty lines over SSH, as automation clients see them: Netmiko's connect-to-prompt time and
 * {@code send_command} round trip against the device and against an OpenSSH sshd running a shell on this
 * machine; how many concurrent sessions one device serves with a p99 command latency under 50 ms; heap per
 * idle SSH session. Arguments: [Netmiko runs] [idle sessions] [largest concurrency]; 0 runs or 0 idle sessions
 * leaves that table out.
 */
public final class VtyBenchmark {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final int THINK_MILLIS = 250;
    private static final int COMMANDS = 40;

    /** Netmiko 2.4: connect to the prompt, then send_command round trips; prints milliseconds, one per line. */
    private static final String NETMIKO = """
            import sys, time
            from netmiko import ConnectHandler
            port, user, key, runs, command = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
            args = dict(device_type='cisco_ios', host='127.0.0.1', port=port, username=user, timeout=30)
            args.update(dict(use_keys=True, key_file=key, password='') if key != '-' else dict(password='cisco'))
            for i in range(runs):
                start = time.monotonic()
                c = ConnectHandler(**args)
                prompt = c.find_prompt()
                connected = time.monotonic()
                c.send_command(command)
                done = time.monotonic()
                c.disconnect()
                print('%.1f %.1f %s' % ((connected - start) * 1000, (done - connected) * 1000, prompt), flush=True)
            """;

    private VtyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int idle = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int largest = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        try (VirtualDevice device = device(Math.max(idle, largest))) {
            InetSocketAddress ssh = device.sshAddress().orElseThrow();
            if (runs > 0) {
                netmikoRows(ssh, runs);
            }
            if (idle > 0) {
                idleSessions(ssh, idle);
            }
            concurrency(ssh, largest);
        }
    }

    /** The shipped c1941 (its key, cisco/cisco at level 15) with enough vty lines for every session. */
    private static VirtualDevice device(int lines) throws Exception {
        VirtualDevice device =
                VirtualDevice.builder().labServers(false).sshPort(0).build();
        HeadlessSession console = device.openSession();
        device.powerOn(console.session());
        LabReady.enable(console);
        for (String line :
                List.of("configure terminal", "hostname R1", "line vty 0 " + (lines + 4), "login local", "end")) {
            console.execChecked(line);
        }
        return device;
    }

    // --- Netmiko against the device and against sshd ---

    private static void netmikoRows(InetSocketAddress ssh, int runs) throws Exception {
        if (!Files.isExecutable(PYTHON) || run(List.of(PYTHON.toString(), "-c", "import netmiko")) != 0) {
            System.out.println("python3-netmiko missing: the Netmiko rows skipped");
            return;
        }
        System.out.printf("Netmiko 2.4 cisco_ios, %d sessions each (median, p90)%n", runs);
        System.out.printf("%-44s %18s %18s%n", "server", "connect to prompt", "send_command");
        netmikoRow("iosemu c1941 vty (password)", ssh.getPort(), "cisco", "-", "show privilege", runs);
        Path dir = Files.createTempDirectory("iosemu-bench-sshd");
        OpenSshd sshd = SshBenchmark.startSshd(dir, List.of("ForceCommand env PS1='R1#' /bin/sh -i"));
        if (sshd == null) {
            return;
        }
        try (sshd) {
            netmikoRow(
                    "OpenSSH sshd 9.2 + sh -i (ed25519 key)",
                    sshd.port(),
                    System.getProperty("user.name"),
                    dir.resolve("client_key").toString(),
                    "show privilege",
                    runs);
        }
    }

    private static void netmikoRow(String name, int port, String user, String key, String command, int runs)
            throws Exception {
        Process netmiko = new ProcessBuilder(
                        PYTHON.toString(),
                        "-c",
                        NETMIKO,
                        String.valueOf(port),
                        user,
                        key,
                        String.valueOf(runs + 1),
                        command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(netmiko.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                String[] fields = line.split(" ");
                rows.add(new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1])});
            }
        }
        if (netmiko.waitFor() != 0 || rows.size() != runs + 1) {
            System.out.printf("%-44s failed%n", name);
            return;
        }
        rows.removeFirst(); // warm-up
        double[] connect = rows.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] roundTrip = rows.stream().mapToDouble(r -> r[1]).sorted().toArray();
        System.out.printf(
                "%-44s %7.0f, %5.0f ms %7.0f, %5.0f ms%n",
                name, median(connect), p90(connect), median(roundTrip), p90(roundTrip));
    }

    // --- idle sessions ---

    private static final String HOLD = """
            import sys, paramiko
            port, n = int(sys.argv[1]), int(sys.argv[2])
            clients = []
            for i in range(n):
                c = paramiko.SSHClient()
                c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
                c.connect('127.0.0.1', port, 'cisco', 'cisco', look_for_keys=False, allow_agent=False, timeout=30)
                ch = c.invoke_shell()
                buf = b''
                while not buf.endswith(b'#'):
                    buf += ch.recv(1024)
                clients.append((c, ch))
            print('ready', flush=True)
            sys.stdin.readline()
            """;

    private static void idleSessions(InetSocketAddress ssh, int count) throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            System.out.println("/usr/bin/python3 missing: idle sessions skipped");
            return;
        }
        long before = HeapProbe.usedAfterGc();
        Process holder = new ProcessBuilder(
                        PYTHON.toString(), "-c", HOLD, String.valueOf(ssh.getPort()), String.valueOf(count))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        if (!"ready".equals(lines.readLine())) {
            throw new IOException("paramiko did not open its sessions");
        }
        long after = HeapProbe.usedAfterGc();
        long threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.isVirtual())
                .count();
        holder.getOutputStream().close();
        holder.waitFor();
        System.out.printf(
                "%n%d idle vty sessions over SSH (paramiko shells at the R1# prompt): +%.1f KiB heap each after GC,"
                        + " %d platform threads in the JVM%n",
                count, (after - before) / 1024.0 / count, threads);
    }

    // --- concurrency ---

    /**
     * Sessions that each run a command, read its answer and think for {@value #THINK_MILLIS} ms, as a script
     * deciding what to do next would; the round trip of every command is kept. The largest count whose p99
     * stays under 50 ms is what one device sustains.
     */
    private static void concurrency(InetSocketAddress ssh, int largest) throws Exception {
        System.out.printf(
                "%nconcurrent sessions, each running show privilege then thinking %d ms, %d commands each"
                        + " (load average %.1f):%n",
                THINK_MILLIS, COMMANDS, load());
        System.out.printf(
                "%-10s %10s %10s %10s %12s %12s %12s%n",
                "sessions", "p50 ms", "p99 ms", "max ms", "commands/s", "CPU us/cmd", "KiB/cmd");
        roundTrips(ssh, 50, COMMANDS); // warm-up: the JIT (CPU per command halves over it) and the first logins
        int sustained = 0;
        for (int sessions = 50; sessions <= largest; sessions += 50) {
            Round round = roundTrips(ssh, sessions, COMMANDS);
            double[] millis = round.millis();
            double p99 = millis[(int) (millis.length * 0.99)];
            System.out.printf(
                    "%-10d %10.2f %10.2f %10.2f %12.0f %12.0f %12.1f%n",
                    sessions,
                    millis[millis.length / 2],
                    p99,
                    millis[millis.length - 1],
                    millis.length / round.seconds(),
                    round.cpuNanos() / 1e3 / millis.length,
                    round.allocated() / 1024.0 / millis.length);
            if (p99 < 50) {
                sustained = sessions;
            }
        }
        System.out.printf(
                "sessions sustained with p99 under 50 ms: %d (load average %.1f; CPU and heap allocated are the"
                        + " whole JVM's, the device and its in-process SSH clients, per command)%n",
                sustained, load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Bytes allocated on the heap so far by every thread, virtual ones included. */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    /**
     * Every command's round trip (sorted), and the process CPU time, heap allocated and wall time of the
     * commands alone.
     */
    private record Round(double[] millis, long cpuNanos, long allocated, double seconds) {}

    private static Round roundTrips(InetSocketAddress ssh, int sessions, int commands) throws Exception {
        List<SshClient> clients = new ArrayList<>();
        List<SshClientChannel> shells = new ArrayList<>();
        try (SshEngine engine = SshEngine.start(2)) {
            for (int i = 0; i < sessions; i++) {
                SshClient client = SshClient.connect(engine, ssh, "cisco", "cisco", TIMEOUT);
                clients.add(client);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(200, 24), TIMEOUT);
                shells.add(shell);
                readUntilPrompt(shell.stdout());
            }
            double[] millis = new double[sessions * commands];
            long cpu = processCpuNanos();
            long allocated = allocatedBytes();
            long start = System.nanoTime();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> done = new ArrayList<>();
                for (int s = 0; s < sessions; s++) {
                    int session = s;
                    done.add(threads.submit(() -> {
                        commands(shells.get(session), commands, millis, session * commands);
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            cpu = processCpuNanos() - cpu;
            allocated = allocatedBytes() - allocated;
            Arrays.sort(millis);
            return new Round(millis, cpu, allocated, seconds);
        } finally {
            clients.forEach(SshClient::close);
        }
    }

    private static void commands(SshClientChannel shell, int commands, double[] millis, int offset)
            throws IOException, InterruptedException {
        byte[] line = "show privilege\r".getBytes(StandardCharsets.US_ASCII);
        // sessions start spread over one think time, not all at once
        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MILLIS));
        for (int i = 0; i < commands; i++) {
            long start = System.nanoTime();
            shell.stdin().write(line);
            shell.stdin().flush();
            readUntil(shell.stdout(), "15\r\nR1#");
            millis[offset + i] = (System.nanoTime() - start) / 1e6;
            Thread.sleep(THINK_MILLIS);
        }
    }

    private static void readUntilPrompt(InputStream in) throws IOException {
        readUntil(in, "R1#");
    }

    private static void readUntil(InputStream in, String end) throws IOException {
        StringBuilder seen = new StringBuilder();
        while (!seen.toString().endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the session ended");
            }
            seen.append((char) b);
        }
    }

    private static int run(List<String> command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p90(double[] sorted) {
        return sorted[(int) (sorted.length * 0.9)];
    }
}
