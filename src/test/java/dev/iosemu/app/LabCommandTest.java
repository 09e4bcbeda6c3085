package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iosemu lab}'s refusals: one line on stderr naming the file, the line and the field; status 1. */
class LabCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int lab(String... args) {
        String[] withLab = new String[args.length + 1];
        withLab[0] = "lab";
        System.arraycopy(args, 0, withLab, 1, args.length);
        return Main.commandLine()
                .setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err))
                .execute(withLab);
    }

    @Test
    void aBadLabFileIsOneLineNamingFileLineAndField() throws Exception {
        Path file = Files.writeString(
                dir.resolve("bad.yaml"), "nodes:\n  r1:\n    profile: c1941\n    ports: {console: 70000}\n");

        assertThat(lab(file.toString())).isEqualTo(Main.FAILED);
        assertThat(err.toString())
                .isEqualTo(
                        "iosemu: " + file + ": line 4: nodes.r1.ports.console: must be a number 0-65535 (was '70000')"
                                + System.lineSeparator());
    }

    @Test
    void aMissingLabFileIsNamed() {
        assertThat(lab("no-such-lab.yaml")).isEqualTo(Main.FAILED);
        assertThat(err.toString()).isEqualTo("iosemu: no such file: no-such-lab.yaml" + System.lineSeparator());
    }

    @Test
    void generateNeedsACountAndAProfile() {
        assertThat(lab("--generate", "many", "c1941")).isEqualTo(Main.FAILED);
        assertThat(err.toString())
                .isEqualTo("iosemu: --generate: count: must be a number (was 'many')" + System.lineSeparator());
    }

    @Test
    void anUnknownProfileToGenerateIsNamed() {
        assertThat(lab("--generate", "3", "c1942")).isEqualTo(Main.FAILED);
        assertThat(err.toString()).startsWith("iosemu: --generate: profile: c1942: no such device profile");
    }
}
