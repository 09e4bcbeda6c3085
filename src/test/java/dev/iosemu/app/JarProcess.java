package dev.iosemu.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code target/iosemu.jar} with the JVM running the tests, as a user would from a shell. */
final class JarProcess {
    static final Path JAR = Path.of("target", "iosemu.jar");

    private JarProcess() {}

    static Process start(String... args) throws IOException {
        return start(List.of(), args);
    }

    /** Starts the jar with options for the JVM ({@code -Xmx64m}) before {@code -jar}. */
    static Process start(List<String> jvmOptions, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after 'package'");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Runs the jar with {@code stdin} as its whole input and returns everything it printed. */
    static String run(String stdin, String... args) throws IOException, InterruptedException {
        Process process = start(args);
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new AssertionError("exit " + exit + ":\n" + output);
        }
        return output;
    }
}
