package dev.iosemu.app;

import dev.iosemu.device.DeviceFactory;
import dev.iosemu.device.Router;
import dev.iosemu.fs.state.StateFolder;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

/**
 * The kill -9 harness of {@code run --state}: each round starts the jar on a state folder, lets a writing
 * command run ({@code write memory}, {@code copy}, {@code delete}, {@code format}, an FTP upload to the lab
 * server, the device's {@code copy flash: tftp:} into the lab server's upload area), kills the process at a random point of it, then opens the folder as the next start does and
 * checks that every file holds its old content or its new one, never a mix, and that nothing the
 * interrupted write left behind remains. {@code StateCrashIT} runs a few rounds in {@code verify};
 * {@code scripts/crash-rounds} runs many ({@link #main}).
 */
final class StateCrashRounds {
    enum Operation {
        WRITE_MEMORY,
        COPY,
        DELETE,
        FORMAT,
        FTP_UPLOAD,
        TFTP_UPLOAD
    }

    /** Printed after each script, so that a kill a few bytes after the last command still finds output. */
    private static final String PADDING = "show version\nshow version\nshow version\n";

    private static final Pattern LAB_FTP = Pattern.compile("lab FTP 127\\.0\\.0\\.1:(\\d+)");
    private static final int BIG = 4 << 20;

    private final Path work;
    private final Random random;
    private final Map<String, byte[]> contents = new TreeMap<>();
    private Path template;
    private int caughtMidWrite; // rounds whose kill left a staging file or journal for the next start

    StateCrashRounds(Path work, long seed) {
        this.work = work;
        this.random = new Random(seed);
    }

    /** Runs {@code rounds} rounds, the operations in turn; returns the problems found (none: all good). */
    List<String> run(int rounds) throws IOException, InterruptedException {
        template = work.resolve("template");
        JarProcess.run("", "--batch", "--no-lab", "--state", template.toString());
        for (int i = 0; i < 4; i++) {
            contents.put("a" + i, bytes(BIG, i));
        }
        List<String> problems = new ArrayList<>();
        Operation[] operations = Operation.values();
        for (int round = 0; round < rounds; round++) {
            Operation operation = operations[round % operations.length];
            Path state = work.resolve(operation.name().toLowerCase());
            if (operation == Operation.FORMAT || !Files.exists(state)) {
                copyTree(template, state);
            }
            Optional<String> problem = round(operation, state);
            problem.ifPresent(p -> problems.add("round " + operation + ": " + p));
        }
        return problems;
    }

    private Optional<String> round(Operation operation, Path state) throws IOException, InterruptedException {
        return switch (operation) {
            case WRITE_MEMORY -> {
                StringBuilder script = new StringBuilder(LabReady.ENABLE_LINES);
                for (int i = 0; i < 8; i++) {
                    script.append("configure terminal\nhostname H").append(i).append("\nend\nwrite memory\n");
                }
                killDuring(state, script.toString(), "Building configuration...", 8, 24);
                yield checkStartupConfig(state);
            }
            case COPY -> {
                drop(state.resolve("flash0"), "a0", "a1");
                StringBuilder script = new StringBuilder(LabReady.ENABLE_LINES);
                for (int i = 0; i < 4; i++) {
                    script.append("copy flash:a").append(i % 2).append(" flash:copy.bin\n\n\n");
                }
                killDuring(state, script.toString(), "Copy in progress", 4, 400);
                yield checkFiles(state, state.resolve("flash0"), Map.of("copy.bin", List.of("a0", "a1")));
            }
            case DELETE -> {
                drop(state.resolve("flash0"), "a0", "a1", "a2", "a3");
                StringBuilder script = new StringBuilder(LabReady.ENABLE_LINES);
                for (int i = 0; i < 4; i++) {
                    script.append("delete /force flash:a").append(i).append('\n');
                }
                killDuring(state, script.toString(), "#delete /force", 4, 60);
                yield checkFiles(state, state.resolve("flash0"), Map.of());
            }
            case FORMAT -> {
                killDuring(state, LabReady.ENABLE_LINES + "format flash:\n\n\n", "will destroy all data", 1, 200);
                yield checkAllOrNothing(state.resolve("flash0"), template.resolve("flash0"));
            }
            case FTP_UPLOAD -> killDuringUpload(state);
            case TFTP_UPLOAD -> {
                // the device uploads through the lab network; the lab's TFTP server (same process) lands
                // the file in DIR/lab/upload, so the kill cuts the server's write
                drop(state.resolve("flash0"), "a2", "a3");
                StringBuilder script = new StringBuilder(LabReady.ENABLE_LINES);
                for (int i = 0; i < 2; i++) {
                    script.append("copy flash:a").append(2 + i).append(" tftp://192.168.1.10/big.bin\n\n\n");
                }
                // a mark per 64 KiB sent; "!!" is never in the boot text
                killDuring(state, script.toString(), "!!", 2 * (BIG >> 16) - 2, 4, "--batch", "--state");
                yield checkFiles(state, state.resolve("lab/upload"), Map.of("big.bin", List.of("a2", "a3")));
            }
        };
    }

    /**
     * Runs the jar on {@code state} with {@code script} as input, and kills it once {@code marker} has been
     * printed a random 1..{@code times} times and a random 0..{@code after} more bytes have followed.
     */
    private void killDuring(Path state, String script, String marker, int times, int after)
            throws IOException, InterruptedException {
        killDuring(state, script, marker, times, after, "--batch", "--no-lab", "--state");
    }

    /** As above, the jar started with {@code options} followed by the state folder. */
    private void killDuring(Path state, String script, String marker, int times, int after, String... options)
            throws IOException, InterruptedException {
        int occurrence = 1 + random.nextInt(times);
        int more = random.nextInt(after + 1);
        List<String> arguments = new ArrayList<>(List.of(options));
        arguments.add(state.toString());
        Process process = JarProcess.start(arguments.toArray(String[]::new));
        try (OutputStream in = process.getOutputStream()) {
            in.write((script + PADDING).getBytes(StandardCharsets.UTF_8));
            in.flush();
            readUntil(process.getInputStream(), marker, occurrence);
            process.getInputStream().readNBytes(more);
            process.destroyForcibly();
        } catch (IOException e) {
            process.destroyForcibly(); // it ended first (a broken pipe on its input): nothing to kill
        }
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Uploads a4 or a5 to the lab server as {@code upload/big.bin} and kills the jar part way. */
    private Optional<String> killDuringUpload(Path state) throws IOException, InterruptedException {
        String name = random.nextBoolean() ? "a2" : "a3";
        int sent = random.nextInt(BIG + BIG / 4);
        Process process = JarProcess.start("--batch", "--state", state.toString());
        try {
            int port = Integer.parseInt(
                    readUntil(process.getInputStream(), LAB_FTP).group(1));
            FTPClient ftp = new FTPClient();
            ftp.connect("127.0.0.1", port);
            ftp.login("upload", "upload");
            ftp.setFileType(FTP.BINARY_FILE_TYPE);
            try (OutputStream upload = ftp.storeFileStream("big.bin")) {
                byte[] content = contents.get(name);
                upload.write(content, 0, Math.min(sent, content.length));
            }
            if (sent >= BIG) {
                ftp.completePendingCommand();
            }
        } catch (IOException e) {
            // the server died under the client: that is the point
        } finally {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        return checkFiles(state, state.resolve("lab/upload"), Map.of("big.bin", List.of("a2", "a3")));
    }

    /** Rounds so far whose kill landed inside a write (it left a staging file or a journal behind). */
    int caughtMidWrite() {
        return caughtMidWrite;
    }

    /** Opens the folder as the next start does (finishing or discarding interrupted writes). */
    private void reopen(Path state) throws IOException {
        if (leftovers(state).isPresent()) {
            caughtMidWrite++;
        }
        DeviceProfile profile;
        try {
            profile = DeviceProfiles.load("c1941");
        } catch (dev.iosemu.profile.ProfileException e) {
            throw new IllegalStateException("the shipped profile loads", e);
        }
        try (StateFolder folder = StateFolder.open(state, "c1941", DeviceBuild.fileSystemFolders(profile))) {
            Router router = DeviceFactory.create(profile, Clock.systemUTC(), LabAddressMap.empty(), folder.storage());
            folder.opened(router.fileSystems());
            router.fileSystems().close();
        }
    }

    private Optional<String> checkStartupConfig(Path state) throws IOException {
        reopen(state);
        Path startup = state.resolve("nvram/startup-config");
        if (!Files.exists(startup)) {
            return Optional.of("startup-config is gone");
        }
        String text = Files.readString(startup, StandardCharsets.UTF_8);
        if (!text.endsWith("\nend\n")
                || !Pattern.compile("(?m)^hostname (Router|H[0-7])$")
                        .matcher(text)
                        .find()) {
            return Optional.of("startup-config is torn:\n" + text);
        }
        return leftovers(state);
    }

    /**
     * After a reopen, each file of {@code folder} that this harness wrote must hold one whole content:
     * those in {@code choices} one of the named ones, the others their own.
     */
    private Optional<String> checkFiles(Path state, Path folder, Map<String, List<String>> choices) throws IOException {
        reopen(state);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                List<String> allowed =
                        choices.getOrDefault(name, contents.containsKey(name) ? List.of(name) : List.of());
                if (allowed.isEmpty()) {
                    continue;
                }
                byte[] actual = Files.readAllBytes(file);
                if (allowed.stream().noneMatch(key -> Arrays.equals(contents.get(key), actual))) {
                    return Optional.of(file + " is torn (" + actual.length + " bytes, none of " + allowed + ")");
                }
            }
        }
        return leftovers(state);
    }

    /** After a reopen, {@code folder} holds everything {@code before} held, or nothing. */
    private Optional<String> checkAllOrNothing(Path folder, Path before) throws IOException {
        reopen(folder.getParent());
        List<String> now = names(folder);
        if (!now.isEmpty() && !now.equals(names(before))) {
            return Optional.of("format left a mix: " + now);
        }
        for (String name : now) {
            if (!Arrays.equals(Files.readAllBytes(folder.resolve(name)), Files.readAllBytes(before.resolve(name)))) {
                return Optional.of(name + " changed under format");
            }
        }
        return leftovers(folder.getParent());
    }

    /** Nothing an interrupted write leaves may remain after a reopen. */
    private static Optional<String> leftovers(Path state) {
        try (Stream<Path> tree = Files.walk(state)) {
            return tree.filter(p -> p.getFileName().toString().startsWith(".iosemu-partial-")
                            || p.getFileName().toString().startsWith(".iosemu-commit-"))
                    .findFirst()
                    .map(p -> "left behind: " + p);
        } catch (IOException e) {
            return Optional.of("cannot walk " + state + ": " + e);
        }
    }

    private void drop(Path folder, String... names) throws IOException {
        for (String name : names) {
            Path file = folder.resolve(name);
            if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), contents.get(name))) {
                Files.write(file, contents.get(name));
            }
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(int size, int seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        return content;
    }

    private static void readUntil(InputStream in, String marker, int occurrences) throws IOException {
        StringBuilder seen = new StringBuilder();
        int found = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            seen.append((char) b);
            if (seen.length() >= marker.length() && seen.lastIndexOf(marker) == seen.length() - marker.length()) {
                if (++found == occurrences) {
                    return;
                }
            }
        }
        throw new IOException("the process ended before " + marker + " #" + occurrences);
    }

    private static Matcher readUntil(InputStream in, Pattern pattern) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
        throw new IOException("the process ended before " + pattern);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** {@code scripts/crash-rounds [ROUNDS] [SEED]}: the long run; exits 1 on the first torn state. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path work = Files.createTempDirectory("iosemu-crash-");
        long start = System.nanoTime();
        StateCrashRounds harness = new StateCrashRounds(work, seed);
        List<String> problems;
        try {
            problems = harness.run(rounds);
        } finally {
            try (Stream<Path> tree = Files.walk(work)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        System.out.printf(
                "%d rounds (seed %d) in %.0f s, %d killed inside a write: %s%n",
                rounds,
                seed,
                (System.nanoTime() - start) / 1e9,
                harness.caughtMidWrite(),
                problems.isEmpty() ? "every state old or new, nothing torn" : problems.size() + " problems");
        problems.forEach(System.out::println);
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
