package dev.iosemu.bench;

import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshClientChannel;
import dev.iosemu.net.ssh.SshEngine;
import dev.iosemu.net.ssh.SshHostKey;
import dev.iosemu.net.ssh.SshRequest;
import dev.iosemu.net.ssh.SshServer;
import dev.iosemu.net.ssh.SshServerConfig;
import dev.iosemu.net.ssh.SshSession;
import dev.iosemu.net.terminal.WindowSize;
import dev.iosemu.testing.OpenSshd;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The SSH layer's figures (net.ssh alone, no device): OpenSSH connect-login-exec time against the wrapper
 * and against an OpenSSH sshd of our own on a loopback port; heap and platform threads per idle session;
 * echo round trips with many sessions at once; platform threads per server with and without a shared
 * engine. Arguments: [runs] [idle sessions] [concurrent sessions].
 */
public final class SshBenchmark {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SshBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int idle = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int concurrent = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        SshHostKey key = SshHostKey.generatedOnFirstUse(2048);
        long start = System.nanoTime();
        key.keyPair();
        System.out.printf("RSA 2048 host key made on first use in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        try (SshEngine engine = SshEngine.start();
                SshServer server = SshServer.start(
                        engine,
                        SshServerConfig.builder(key, (user, password, peer) -> password.equals("bench"))
                                .build(),
                        SshBenchmark::serve)) {
            openSshRows(server, runs);
            idleSessions(server, idle);
            echoLatency(engine, server, concurrent, 100);
            threadsPerServer(engine, key);
        }
    }

    /** An exec prints one line; a shell echoes what it reads. */
    private static void serve(SshSession session) throws IOException {
        OutputStream out = session.output();
        if (session.request() instanceof SshRequest.Exec exec) {
            out.write(("ran " + exec.command() + "\n").getBytes(StandardCharsets.UTF_8));
            session.exit(0);
            return;
        }
        byte[] buffer = new byte[1024];
        for (int n; (n = session.input().read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }

    // --- OpenSSH client: wrapper vs sshd ---

    private static void openSshRows(SshServer server, int runs) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/ssh")) || !Files.isExecutable(Path.of("/usr/bin/sshpass"))) {
            System.out.println("OpenSSH client or sshpass missing: skipped");
            return;
        }
        Path dir = Files.createTempDirectory("iosemu-bench-sshd");
        System.out.printf(
                "%nOpenSSH 'ssh host cmd' (connect, curve25519 key exchange, login, exec, close), %d runs each%n",
                runs);
        System.out.printf("%-52s %8s %8s %8s%n", "server (login)", "median", "p90", "min");
        List<String> ours = client(server.address().getPort(), List.of("-o", "PreferredAuthentications=password"));
        List<String> sshpass = new ArrayList<>(List.of("/usr/bin/sshpass", "-p", "bench"));
        sshpass.addAll(ours);
        row("iosemu net.ssh (password, via sshpass)", sshpass, runs);
        List<String> kbd = new ArrayList<>(List.of("/usr/bin/sshpass", "-p", "bench"));
        kbd.addAll(client(server.address().getPort(), List.of("-o", "PreferredAuthentications=keyboard-interactive")));
        row("iosemu net.ssh (keyboard-interactive, via sshpass)", kbd, runs);
        OpenSshd sshd = startSshd(dir);
        if (sshd == null) {
            return;
        }
        try (sshd) {
            List<String> keyed = client(
                    sshd.port(),
                    List.of("-i", dir.resolve("client_key").toString(), "-o", "PreferredAuthentications=publickey"));
            row("OpenSSH sshd 9.2 (ed25519 public key)", keyed, runs);
            List<String> keyedSshpass = new ArrayList<>(List.of("/usr/bin/sshpass", "-p", "unused"));
            keyedSshpass.addAll(keyed);
            row("OpenSSH sshd 9.2 (ed25519 public key, via sshpass)", keyedSshpass, runs);
        }
    }

    private static List<String> client(int port, List<String> auth) {
        List<String> command = new ArrayList<>(List.of(
                "/usr/bin/ssh",
                "-F",
                "/dev/null",
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null",
                "-o",
                "LogLevel=ERROR",
                "-o",
                "IdentityAgent=none",
                "-o",
                "IdentitiesOnly=yes",
                "-o",
                "KexAlgorithms=curve25519-sha256", // the same key exchange on both sides
                "-p",
                String.valueOf(port)));
        command.addAll(auth);
        command.addAll(List.of(System.getProperty("user.name") + "@127.0.0.1", "echo hi"));
        return command;
    }

    private static void row(String name, List<String> command, int runs) throws Exception {
        run(command); // warm: the first run pays for page cache and the JIT on our side
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(command);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                "%-52s %6d ms %5d ms %5d ms%n", name, millis[runs / 2], millis[(int) (runs * 0.9)], millis[0]);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !output.contains("hi")) {
            throw new IOException("failed: " + command + ": " + output);
        }
    }

    /** An sshd of our own on a free loopback port, with its own host key and one authorized client key. */
    private static OpenSshd startSshd(Path dir) throws Exception {
        return startSshd(dir, List.of(), List.of());
    }

    /** The same with more lines in its configuration ({@code ForceCommand ...}). */
    static OpenSshd startSshd(Path dir, List<String> moreConfig) throws Exception {
        return startSshd(dir, List.of(), moreConfig);
    }

    /**
     * An sshd of our own taking the ed25519 key {@code dir/client_key} and {@code moreKeys}, with more lines in
     * its configuration; null (said why) when it is missing or does not start.
     */
    static OpenSshd startSshd(Path dir, List<String> moreKeys, List<String> moreConfig) throws Exception {
        if (!OpenSshd.installed()) {
            System.out.println("OpenSSH sshd missing: its row skipped");
            return null;
        }
        try {
            List<String> keys = new ArrayList<>(List.of(OpenSshd.clientKey(dir)));
            keys.addAll(moreKeys);
            return OpenSshd.start(dir, keys, moreConfig);
        } catch (IOException e) {
            System.out.println(e.getMessage() + ": the sshd rows skipped");
            return null;
        }
    }

    // --- idle sessions: heap and threads ---

    /** Paramiko opens N shells from another process and holds them until told to stop. */
    private static final String HOLD = """
            import sys, paramiko
            port, n = int(sys.argv[1]), int(sys.argv[2])
            clients = []
            for i in range(n):
                c = paramiko.SSHClient()
                c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
                c.connect('127.0.0.1', port, 'bench', 'bench', look_for_keys=False, allow_agent=False, timeout=30)
                ch = c.invoke_shell()
                clients.append((c, ch))
            print('ready', flush=True)
            sys.stdin.readline()
            """;

    private static void idleSessions(SshServer server, int count) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            System.out.println("/usr/bin/python3 missing: idle sessions skipped");
            return;
        }
        long heapBefore = HeapProbe.usedAfterGc();
        long threadsBefore = platformThreads();
        Process holder = new ProcessBuilder(
                        python.toString(),
                        "-c",
                        HOLD,
                        String.valueOf(server.address().getPort()),
                        String.valueOf(count))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        if (!"ready".equals(lines.readLine())) {
            throw new IOException("paramiko did not open its sessions");
        }
        long heapAfter = HeapProbe.usedAfterGc();
        long threadsAfter = platformThreads();
        holder.getOutputStream().close();
        holder.waitFor();
        System.out.printf("%n%d idle SSH sessions (paramiko shells, vt100 80x24) held open%n", count);
        System.out.printf(
                "heap after GC: +%.1f KiB per session (%.1f MiB for all)%n",
                (heapAfter - heapBefore) / 1024.0 / count, (heapAfter - heapBefore) / (double) HeapProbe.MIB);
        System.out.printf("platform threads: %d before, %d with the sessions open%n", threadsBefore, threadsAfter);
    }

    private static long platformThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.isVirtual())
                .count();
    }

    // --- echo round trips with many sessions at once ---

    private static void echoLatency(SshEngine engine, SshServer server, int sessions, int lines) throws Exception {
        List<SshClient> clients = new ArrayList<>();
        List<SshClientChannel> shells = new ArrayList<>();
        try (SshEngine clientEngine = SshEngine.start(2)) {
            for (int i = 0; i < sessions; i++) {
                SshClient client = SshClient.connect(clientEngine, server.address(), "bench", "bench", TIMEOUT);
                clients.add(client);
                shells.add(client.openShell("vt100", WindowSize.DEFAULT, TIMEOUT));
            }
            long[] nanos = new long[sessions * lines];
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Void>> done = new ArrayList<>();
                for (int s = 0; s < sessions; s++) {
                    int session = s;
                    done.add(threads.submit((Callable<Void>) () -> {
                        echo(shells.get(session), lines, nanos, session * lines);
                        return null;
                    }));
                }
                for (Future<Void> future : done) {
                    future.get();
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%n%d sessions at once, %d lines each, echo round trip (client and server in this JVM):%n",
                    sessions, lines);
            System.out.printf(
                    "p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6,
                    nanos[nanos.length - 1] / 1e6);
        } finally {
            clients.forEach(SshClient::close);
        }
    }

    private static void echo(SshClientChannel shell, int lines, long[] nanos, int offset) throws IOException {
        byte[] line = "show interfaces status\r".getBytes(StandardCharsets.US_ASCII);
        InputStream in = shell.stdout();
        byte[] buffer = new byte[line.length];
        for (int i = 0; i < lines; i++) {
            long start = System.nanoTime();
            shell.stdin().write(line);
            shell.stdin().flush();
            for (int read = 0; read < line.length; ) {
                int n = in.read(buffer, read, line.length - read);
                if (n < 0) {
                    throw new IOException("echo ended early");
                }
                read += n;
            }
            nanos[offset + i] = System.nanoTime() - start;
        }
    }

    // --- servers per engine ---

    private static void threadsPerServer(SshEngine engine, SshHostKey key) throws Exception {
        int servers = 50;
        SshServerConfig config =
                SshServerConfig.builder(key, (u, p, peer) -> false).build();
        System.out.printf("%n%d servers started, platform threads added:%n", servers);
        long before = platformThreads();
        List<SshServer> shared = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            shared.add(SshServer.start(engine, config, SshBenchmark::serve));
        }
        System.out.printf("sharing one SshEngine: %d%n", platformThreads() - before);
        shared.forEach(SshServer::close);
        before = platformThreads();
        List<SshServer> own = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            SshServer server = SshServer.start(config, SshBenchmark::serve);
            own.add(server);
            try (SshClient client = SshClient.connect(server.address(), "x", "x", TIMEOUT)) {
                // never reached: the login fails
            } catch (IOException expected) {
                // one connection starts each server's I/O threads
            }
        }
        System.out.printf(
                "each with an engine of its own (after one connection each): %d%n", platformThreads() - before);
        own.forEach(SshServer::close);
    }
}
