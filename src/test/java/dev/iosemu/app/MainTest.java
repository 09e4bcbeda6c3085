package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.image.CraftedImages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void optionsWithoutASubcommandMeanRun() {
        assertThat(Main.withDefaultCommand(new String[] {"--batch"})).containsExactly("run", "--batch");
        assertThat(Main.withDefaultCommand(new String[] {})).containsExactly("run");
        assertThat(Main.withDefaultCommand(new String[] {"serve", "--root", "x"}))
                .containsExactly("serve", "--root", "x");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String[] command : new String[][] {{"run"}, {"serve"}, {"image", "build"}}) {
            StringWriter out = new StringWriter();
            String[] args = java.util.stream.Stream.concat(
                            java.util.Arrays.stream(command), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);

            int status = Main.commandLine().setOut(new PrintWriter(out)).execute(Main.withDefaultCommand(args));

            assertThat(status).isZero();
            assertThat(out.toString()).startsWith("Usage: iosemu " + String.join(" ", command) + " ");
        }
    }

    @Test
    void imageBuildMakesAnImageThatImageInfoVerifies() {
        Path image = dir.resolve("c1900-universalk9-mz.SPA.157-3.M8.bin");

        int built = run(
                "image",
                "build",
                "--model",
                "c1941",
                "--version",
                "15.7(3)M8",
                "--size",
                "64K",
                "-o",
                image.toString());
        StringWriter info = new StringWriter();
        int verified = Main.commandLine().setOut(new PrintWriter(info)).execute("image", "info", image.toString());

        assertThat(built).isZero();
        assertThat(image).hasSize(64 * 1024);
        assertThat(verified).isZero();
        assertThat(info.toString())
                .contains("platform c1900, version 15.7(3)M8")
                .contains("Payload hash verified");
    }

    @Test
    void imageBuildFormatTarMakesACatalystArchiveWithTheImageInItsDirectory() throws Exception {
        Path archive = dir.resolve("c2960x-universalk9-tar.152-7.E8.tar");
        StringWriter out = new StringWriter();

        int built = Main.commandLine()
                .setOut(new PrintWriter(out))
                .execute(
                        "image",
                        "build",
                        "--model",
                        "c2960x",
                        "--version",
                        "15.2(7)E8",
                        "--size",
                        "64K",
                        "--format",
                        "tar",
                        "-o",
                        archive.toString());

        assertThat(built).isZero();
        assertThat(out.toString())
                .contains("platform c2960x, version 15.2(7)E8")
                .contains(" in c2960x-universalk9-mz.152-7.E8/");
        assertThat(Files.size(archive) % 10240).isZero();
        assertThat(Files.size(archive)).isGreaterThan(64 * 1024);
    }

    @Test
    void imageInfoFailsOnAFileThatIsNoImage() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThat(run("image", "info", text.toString())).isEqualTo(3);
    }

    @Test
    void imageInfoOfAnImageCraftedWithABuildDateOutOfRangeSaysItIsNotAnImage() throws Exception {
        Path crafted = dir.resolve("crafted.bin");
        CraftedImages.writeWithBuildSeconds(
                Path.of("images", "c1900-universalk9-mz.SPA.157-3.M8.bin"), crafted, Long.MIN_VALUE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Main.commandLine()
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute("image", "info", crafted.toString());

        assertThat(status).isEqualTo(3);
        assertThat(out.toString()).startsWith("not an iosemu image: bad header field: build date");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void imageBuildRejectsABadSize() {
        assertThat(run("image", "build", "--model", "c1941", "--version", "15.7(3)M8", "--size", "lots", "-o", "x"))
                .isEqualTo(CommandLine.ExitCode.USAGE);
    }

    @Test
    void unknownDeviceProfileIsOneLineNotAStackTrace() {
        StringWriter err = new StringWriter();

        int status = Main.commandLine()
                .setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err))
                .execute("run", "--batch", "--no-lab", "--device", "nosuch");

        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(err.toString())
                .isEqualTo("iosemu: nosuch: no such device profile (built-in: c1941, c2960x, isr4321, isr4451)"
                        + System.lineSeparator());
    }

    @Test
    void imageBuildRejectsABadVersionAsAUsageError() {
        assertThat(run("image", "build", "--model", "c1941", "--version", "15.7", "-o", "x"))
                .isEqualTo(CommandLine.ExitCode.USAGE);
    }

    @Test
    void runRejectsAnImagesFolderThatIsNotThereInOneLine() {
        Path missing = dir.resolve("missing");
        StringWriter err = new StringWriter();

        int status = runWithErr(err, "run", "--batch", "--images", missing.toString());

        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(err.toString()).isEqualTo("iosemu: no such image folder: " + missing + System.lineSeparator());
    }

    @Test
    void missingFileIsNamedInOneLine() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("missing.bin");

        int status = runWithErr(err, "image", "info", missing.toString());

        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(err.toString()).isEqualTo("iosemu: no such file: " + missing + System.lineSeparator());
    }

    /** Runs iosemu with {@code args}, its stderr into {@code err}; returns the exit status. */
    private static int runWithErr(StringWriter err, String... args) {
        return Main.commandLine()
                .setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    private static int run(String... args) {
        return Main.commandLine()
                .setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(new StringWriter()))
                .execute(args);
    }
}
