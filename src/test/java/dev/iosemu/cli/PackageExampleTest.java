package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The example in {@code cli/package-info.java}, compiled and run, so the javadoc cannot drift from the code. */
class PackageExampleTest {
    @Test
    void aCommandTreeAHandlerAndAHeadlessSession() {
        CommandRegistry registry = new CommandRegistry(); // built-ins included
        CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
        exec.keyword("show", "Show running system information")
                .keyword("version", "System hardware and software status")
                .privilege(1) // also in user EXEC
                .executes(ctx -> ctx.out().println("Version 15.7(3)M8"));
        Arg<String> source = Arg.word("source", "Source file name"); // a typed key, read back with ctx.get
        exec.keyword("copy", "Copy from one file to another").argument(source).executes(ctx -> {
            String name = ctx.get(source);
            String answer = ctx.ask("Destination filename [" + name + "]? ");
            ctx.out().println("copied to " + (answer.isEmpty() ? name : answer));
        });
        HeadlessSession h = HeadlessSession.of(
                registry, ShellSettings.builder().hostname(() -> "R1").build());

        assertThat(h.exec("show version")).isEqualTo("Version 15.7(3)M8\n");
        h.exec("enable");
        assertThat(h.exec("copy image.bin", "")).isEqualTo("Destination filename [image.bin]? \ncopied to image.bin\n");
        assertThat(h.session().prompt()).isEqualTo("R1#");
    }
}
