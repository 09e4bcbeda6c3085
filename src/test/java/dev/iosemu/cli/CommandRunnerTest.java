package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.testing.LogCapture;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A command that fails by a bug keeps the session alive and leaves its stack trace in the log. */
class CommandRunnerTest {
    private final LogCapture log = LogCapture.of(CommandRunner.class, Level.ALL);
    private final IllegalStateException bug = new IllegalStateException("boom");

    @AfterEach
    void restoreTheLog() {
        log.close();
    }

    @Test
    void internalFailureLeavesItsStackTraceInTheLogAndTheSessionGoesOn() {
        CommandRegistry registry = new CommandRegistry();
        CommandNode root = registry.root(Mode.USER_EXEC);
        root.keyword("explode", "Fail by a bug")
                .privilege(1)
                .argument(Arg.word("secret", "Never logged"))
                .executes(ctx -> {
                    throw bug;
                });
        root.keyword("ping", "Answer").privilege(1).executes(ctx -> ctx.out().println("pong"));
        HeadlessSession cli =
                HeadlessSession.of(registry, ShellSettings.builder().build());

        cli.exec("explode hunter2");
        cli.exec("ping");

        assertThat(cli.transcript())
                .contains("%Error: internal failure (java.lang.IllegalStateException: boom)\n")
                .endsWith("pong\n");
        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(bug);
            assertThat(record.getThrown().getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith(CommandRunnerTest.class.getName()));
            assertThat(record.getMessage()).contains("explode").doesNotContain("hunter2");
        });
    }
}
