package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Batch mode as scripts use it: a quiet boot, an exit status that tells IOS errors, piped input, a live client. */
class BatchScriptingIT {
    private record Run(int status, String out, String err) {}

    private static Run run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JarProcess.JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = read(process.getInputStream());
        return new Run(process.waitFor(), out, err.join());
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    @Test
    void aQuietBootStartsTheTranscriptAtTheFirstPrompt() throws Exception {
        Run run = run(LabReady.ENABLE_LINES + "show clock\n", "--batch", "--quiet-boot", "--no-lab");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("Router>enable\nPassword: \nRouter#show clock\n")
                .endsWith("Router#");
    }

    @Test
    void copiesTypedAtTheFirstPromptReachTheLabServersThatStartAfterIt() throws Exception {
        String image = "c1900-universalk9-mz.SPA.157-3.M8.bin";
        Run run = run(
                LabReady.ENABLE_LINES + "copy tftp://192.168.1.10/" + image + " flash:\n\n"
                        + "copy ftp://cisco:cisco@192.168.1.10/" + image + " flash:x.bin\n\n",
                "--batch",
                "--quiet-boot",
                "--fail-on-error");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Router>enable\n").contains("[OK - 1048576 bytes]", "[OK - 1048576/");
        assertThat(run.err()).containsPattern("iosemu: lab TFTP 127\\.0\\.0\\.1:\\d+, lab FTP 127\\.0\\.0\\.1:\\d+,");
    }

    @Test
    void failOnErrorNamesEachCommandThatDrewAnIosErrorAndExitsWithThree() throws Exception {
        Run run = run(
                LabReady.ENABLE_LINES + "shw ver\nshow clock\n",
                "--batch",
                "--quiet-boot",
                "--no-lab",
                "--fail-on-error");

        assertThat(run.status()).isEqualTo(RunCommand.COMMAND_ERRORS);
        assertThat(run.err()).contains("iosemu: IOS error on \"shw ver\": % Invalid input detected at '^' marker.\n");
        assertThat(run.err()).doesNotContain("show clock");
    }

    @Test
    void withoutErrorsFailOnErrorExitsWithZero() throws Exception {
        assertThat(run(LabReady.ENABLE_LINES + "show clock\n", "--batch", "--no-lab", "--fail-on-error")
                        .status())
                .isZero();
    }

    @Test
    void pipedInputWithoutBatchIsABatchSessionThatKeepsItsFirstLine() throws Exception {
        Run run = run(LabReady.ENABLE_LINES + "show clock\n", "--no-lab", "--quiet-boot");

        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("iosemu: standard input is not a terminal, so this is batch mode (--batch)");
        assertThat(run.out()).startsWith("Router>enable\nPassword: \nRouter#show clock\n");
    }

    @Test
    void aPythonSubprocessClientTalksLineByLineWaitingForEachPrompt() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Path client = Path.of("src/test/resources/clients/batch_client.py");

        Process process = new ProcessBuilder(python.toString(), client.toString(), java(), JarProcess.JAR.toString())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = read(process.getInputStream());

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).isEqualTo("OK\n");
    }
}
