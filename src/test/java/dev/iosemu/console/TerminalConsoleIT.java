package dev.iosemu.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.EnableCheck;
import dev.iosemu.cli.IosShell;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ShellSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** Types keys into a JLine terminal over streams and checks what the screen shows. */
class TerminalConsoleIT {
    private final CommandRegistry registry = new CommandRegistry();
    private Terminal terminal;

    TerminalConsoleIT() {
        var exec = registry.root(Mode.PRIVILEGED_EXEC);
        exec.keyword("show", "Show running system information")
                .keyword("version", "System hardware and software status")
                .privilege(1)
                .executes(ctx -> ctx.out().println("Version 15.7(3)M8"));
        exec.keyword("reload", "Halt and perform a cold restart").executes(ctx -> {
            if (ctx.confirm("Proceed with reload? [confirm]")) {
                ctx.out().println("reloading");
            }
        });
        exec.keyword("count", "Print numbered lines").executes(ctx -> {
            for (int i = 1; i <= 10; i++) {
                ctx.out().println("line " + i);
            }
        });
        exec.keyword("transfer", "A long transfer").executes(ctx -> {
            terminal.raise(Terminal.Signal.INT); // the user presses Ctrl-C while it runs
            ctx.out().println(ctx.cancelled() ? "%Error copying (aborted)" : "done");
        });
        registry.root(Mode.GLOBAL_CONFIG)
                .keyword("hostname", "Set system's network name")
                .argument(Arg.word("name", "This system's network name"))
                .executes(ctx -> {});
    }

    private String type(String keys) throws Exception {
        return type(keys, ShellSettings.defaults(), session -> {});
    }

    private String type(String keys, ShellSettings settings, Consumer<CliSession> setup) throws Exception {
        var out = new ByteArrayOutputStream();
        var in = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
        try (var t = new DumbTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8)) {
            terminal = t;
            t.setSize(new Size(80, 24));
            var console = new TerminalConsole(t);
            var session = new CliSession(console, new IosShell(registry, settings));
            setup.accept(session);
            console.run(session);
        }
        return Screen.render(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void questionMarkShowsHelpAtOnceAndKeepsTheLine() throws Exception {
        assertThat(type("sh?ow ver\r")).startsWith("Router>sh?\nshow\n\nRouter>show ver\nVersion 15.7(3)M8\n");
        assertThat(type("show ?\r"))
                .startsWith("Router>show ?\n  history  Display the session command history\n"
                        + "  version  System hardware and software status\n\nRouter>show\n");
    }

    @Test
    void tabCompletesAUniqueKeywordAndOtherwiseLeavesTheLine() throws Exception {
        assertThat(type("en\t\rconf\tt\r"))
                .startsWith("Router>enable\nRouter#configure t\nEnter configuration commands");
        assertThat(type("en\t\rsh\tvq\t\r")).contains("Router#show vq\n");
    }

    @Test
    void ctrlZEndsConfiguration() throws Exception {
        assertThat(type("enable\rconf t\rhostname x\u001A")).contains("Router(config)#hostname x^Z\nRouter#");
    }

    @Test
    void ctrlCAtAConfigurationPromptStandsForABareCtrlZLine() throws Exception {
        var out = new ByteArrayOutputStream();
        var in = new ByteArrayInputStream(new byte[0]);
        try (var t = new DumbTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8)) {
            var widgets = new IosWidgets(
                    org.jline.reader.LineReaderBuilder.builder().terminal(t).build());
            var session = new CliSession(new TerminalConsole(t), new IosShell(registry, ShellSettings.defaults()));
            widgets.attach(session);
            assertThat(widgets.interruptedLine()).isEmpty();
            session.enterMode(Mode.GLOBAL_CONFIG);
            assertThat(widgets.interruptedLine()).isEqualTo("\u001A");
        }
    }

    @Test
    void subPromptsReadTheNextLineWithQuestionMarkAsText() throws Exception {
        assertThat(type("enable\rreload\ry?\r")).contains("Proceed with reload? [confirm]y?\nreloading\n");
    }

    @Test
    void secretsAreNotEchoed() throws Exception {
        var settings =
                ShellSettings.builder().enableSecret(EnableCheck.of("cisco")).build();
        assertThat(type("enable\rcisco\r", settings, s -> {})).startsWith("Router>enable\nPassword:\nRouter#");
    }

    @Test
    void pagerWaitsForKeysAndErasesItsPrompt() throws Exception {
        String screen = type("enable\rcount\r q", ShellSettings.defaults(), s -> s.setTerminalLength(4));
        assertThat(screen).contains("Router#count\nline 1\nline 2\nline 3\nline 4\nline 5\nline 6\nRouter#");
        assertThat(screen).doesNotContain("--More--");
    }

    @Test
    void ctrlCInterruptsTheRunningCommand() throws Exception {
        assertThat(type("enable\rtransfer\rshow version\r"))
                .contains("Router#transfer\n%Error copying (aborted)\nRouter#show version\nVersion");
    }

    @Test
    void asynchronousMessagesArePrinted() throws Exception {
        String screen = type("enable\r", ShellSettings.defaults(), s -> s.printAsync("%SYS-5-CONFIG_I: Configured"));
        assertThat(screen).startsWith("%SYS-5-CONFIG_I: Configured\nRouter>enable\n");
    }
}
