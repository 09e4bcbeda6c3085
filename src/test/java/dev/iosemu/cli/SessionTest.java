package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionTest {
    private final DemoDevice device = new DemoDevice();
    private final HeadlessSession cli = device.headless();

    @Test
    void promptsFollowTheModes() {
        assertThat(cli.session().prompt()).isEqualTo("Router>");
        cli.exec("enable");
        assertThat(cli.session().prompt()).isEqualTo("Router#");
        assertThat(cli.exec("configure terminal")).isEqualTo(BuiltinCommands.CONFIG_BANNER + "\n");
        assertThat(cli.session().prompt()).isEqualTo("Router(config)#");
        cli.exec("interface gi0/1");
        assertThat(cli.session().prompt()).isEqualTo("Router(config-if)#");
        assertThat(cli.session().modeTarget()).contains(new ModeTarget.InterfaceTarget("GigabitEthernet0/1"));
        cli.exec("exit");
        assertThat(cli.session().prompt()).isEqualTo("Router(config)#");
        cli.exec("line console 0");
        assertThat(cli.session().prompt()).isEqualTo("Router(config-line)#");
        cli.exec("end");
        assertThat(cli.session().prompt()).isEqualTo("Router#");
        cli.exec("disable");
        assertThat(cli.session().prompt()).isEqualTo("Router>");
    }

    @Test
    void aShellThatFailsOutsideAnyCommandCostsTheLineNotTheSession() {
        Shell broken = new Shell() {
            @Override
            public String prompt(CliSession session) {
                return "broken> ";
            }

            @Override
            public void execute(CliSession session, String line) {
                if (line.equals("fail")) {
                    throw new IllegalStateException("a bug");
                }
                session.io().write("ran " + line + "\n");
            }
        };
        StringBuilder out = new StringBuilder();

        HeadlessSession.batch(broken, new java.io.StringReader("fail\nnext\n"), out)
                .run();

        assertThat(out.toString())
                .isEqualTo("broken> fail\n%Error: internal failure (java.lang.IllegalStateException: a bug)\n"
                        + "broken> next\nran next\nbroken> ");
    }

    @Test
    void hostnameChangesThePromptAtOnce() {
        cli.exec("enable");
        cli.exec("conf t");
        cli.exec("hostname R1");
        assertThat(cli.transcript()).endsWith("Router(config)#hostname R1\n");
        assertThat(cli.session().prompt()).isEqualTo("R1(config)#");
    }

    @Test
    void leavingConfigurationRunsTheHookOnce() {
        cli.exec("enable");
        cli.exec("conf t");
        cli.exec("int vlan1");
        cli.exec("end");
        cli.exec("conf t");
        cli.exec("exit");
        assertThat(device.log).hasSize(2);
    }

    @Test
    void ctrlZEndsConfigurationAfterRunningTheLine() {
        cli.exec("enable");
        cli.exec("conf t");
        cli.exec("hostname R2\u001A");
        assertThat(cli.session().prompt()).isEqualTo("R2#");
        assertThat(cli.transcript()).endsWith("Router(config)#hostname R2^Z\n");
        assertThat(device.log).hasSize(1);
        cli.exec("\u001A");
        assertThat(cli.session().mode()).isEqualTo(Mode.PRIVILEGED_EXEC);
    }

    @Test
    void globalCommandTypedInASubModeRunsThereAndLeavesTheSubMode() {
        cli.exec("enable");
        cli.exec("conf t");
        cli.exec("int gi0/0");
        cli.exec("hostname R3");
        assertThat(cli.session().prompt()).isEqualTo("R3(config)#");
        cli.exec("int gi0/0");
        assertThat(cli.exec("bogus")).isEqualTo("              ^\n% Invalid input detected at '^' marker.\n\n");
        assertThat(cli.session().mode()).isEqualTo(Mode.INTERFACE_CONFIG);
    }

    @Test
    void errorsUseIosTextAndCaretColumnsIncludeThePrompt() {
        assertThat(cli.exec("show sun")).isEqualTo("            ^\n% Invalid input detected at '^' marker.\n\n");
        cli.exec("enable");
        assertThat(cli.exec("show i")).isEqualTo("% Ambiguous command:  \"show i\"\n");
        assertThat(cli.exec("show ip")).isEqualTo("% Incomplete command.\n\n");
        cli.exec("conf t");
        assertThat(cli.exec("logging 0255.255.1")) // the demo has no logging; "l" matches line
                .isEqualTo("                ^\n% Invalid input detected at '^' marker.\n\n");
    }

    @Test
    void unknownLoneWordInExecIsTriedAsAHostName() {
        // a real 1941 takes the word for a host three times over (ios-reference.md 8.1)
        assertThat(cli.exec("reaload"))
                .isEqualTo("Translating \"reaload\"...domain server (255.255.255.255)\n\n"
                        + "% Bad IP address or host name\n"
                        + "Translating \"reaload\"...domain server (255.255.255.255)\n"
                        + " (255.255.255.255)\n"
                        + "Translating \"reaload\"...domain server (255.255.255.255)\n\n"
                        + "% Unknown command or computer name, or unable to find computer address\n");
        device.domainLookup = false;
        assertThat(cli.exec("dir"))
                .isEqualTo(
                        "Translating \"dir\"\n% Unknown command or computer name, or unable to find computer address\n");
        assertThat(cli.exec("192.168.1.10"))
                .isEqualTo("Trying 192.168.1.10 ... \n% Connection refused by remote host\n");
        assertThat(cli.exec("********"))
                .isEqualTo("% Bad IP address or host name\n"
                        + "% Unknown command or computer name, or unable to find computer address\n");
        // "e" still matches enable/exit: the caret goes under the "r" (real 1941: R4>erase startup-config).
        assertThat(cli.exec("erase startup-config")).startsWith("        ^\n% Invalid input");
    }

    @Test
    void commandsRunInConfigurationWithDo() {
        cli.exec("enable");
        cli.exec("conf t");
        assertThat(cli.exec("do sh ver | include IOS")).startsWith("Cisco IOS Software");
        assertThat(cli.session().mode()).isEqualTo(Mode.GLOBAL_CONFIG);
    }

    @Test
    void noFormCallsTheNegationHandler() {
        cli.exec("enable");
        cli.exec("conf t");
        cli.exec("no ip domain-lookup");
        assertThat(device.domainLookup).isFalse();
        cli.exec("ip domain-lookup");
        assertThat(device.domainLookup).isTrue();
    }

    @Test
    void historyKeepsTheLastTenCommands() {
        for (int i = 0; i < 12; i++) {
            cli.exec("show version");
        }
        assertThat(cli.exec("show history")).isEqualTo("  show version\n".repeat(9) + "  show history\n");
    }

    @Test
    void terminalSettingsArePerSession() {
        cli.exec("terminal length 40");
        cli.exec("term width 100");
        assertThat(cli.session().terminalLength()).isEqualTo(40);
        assertThat(cli.session().terminalWidth()).isEqualTo(100);
        assertThat(device.headless().session().terminalLength()).isZero();
    }

    @Test
    void exitFromExecClosesTheSession() {
        cli.exec("exit");
        assertThat(cli.session().isClosed()).isTrue();
        assertThat(cli.script("show version\n")).isEmpty();
    }

    @Test
    void asyncMessagesLandInTheTranscript() {
        cli.session().printAsync("*Mar  1 00:00:48.897: %SYS-5-CONFIG_I: Configured from console by console");
        assertThat(cli.transcript())
                .isEqualTo("*Mar  1 00:00:48.897: %SYS-5-CONFIG_I: Configured from console by console\n");
    }

    @Test
    void interruptCancelsTheRunningCommand() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        device.registry.root(Mode.PRIVILEGED_EXEC).keyword("transfer", "x").executes(ctx -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(10, TimeUnit.SECONDS);
                ctx.out().println("not interrupted");
            } catch (InterruptedException e) {
                ctx.out().println("%Error copying (aborted) cancelled=" + ctx.cancelled());
            }
        });
        cli.exec("enable");
        CompletableFuture<String> run = CompletableFuture.supplyAsync(() -> cli.exec("transfer"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        cli.session().interrupt();
        assertThat(run.get(5, TimeUnit.SECONDS)).isEqualTo("%Error copying (aborted) cancelled=true\n");
        assertThat(cli.exec("show version")).contains("Version");
        assertThat(cli.session().cancelled()).isFalse();
    }

    @Test
    void aCommandCanHandTheConsoleToAnotherShell() {
        Shell rommon = new Shell() {
            private int count = 1;

            @Override
            public String prompt(CliSession session) {
                return "rommon " + count + " > ";
            }

            @Override
            public void execute(CliSession session, String line) {
                count++;
                if (line.equals("boot")) {
                    session.replaceShell(new IosShell(device.registry, device.settings()));
                    session.reset();
                } else {
                    session.io().write("monitor: command \"" + line + "\" not found\n");
                }
            }
        };
        device.registry.root(Mode.PRIVILEGED_EXEC).keyword("rommon", "x").executes(ctx -> ctx.session()
                .replaceShell(rommon));
        String transcript = cli.script("enable\nrommon\nfoo\nboot\nshow version\n");
        assertThat(transcript).isEqualTo("""
                        Router>enable
                        Router#rommon
                        rommon 1 > foo
                        monitor: command "foo" not found
                        rommon 2 > boot
                        Router>show version
                        Cisco IOS Software, C1900 Software, Version 15.7(3)M8
                        Router>""");
        assertThat(cli.session().history()).containsExactly("show version");
    }

    @Test
    void closeHooksRunOnceWhenTheSessionClosesOrAtOnceIfItHasClosed() {
        List<String> ran = new ArrayList<>();
        CliSession session = cli.session();
        session.onClose(() -> ran.add("first"));

        cli.exec("exit");
        session.close();
        session.onClose(() -> ran.add("late"));

        assertThat(ran).containsExactly("first", "late");
        assertThat(session.wasDisconnected()).isFalse();
    }

    @Test
    void sessionKeysKeepTypedValuesPerSession() {
        SessionKey<StringBuilder> key = SessionKey.of("notes");
        HeadlessSession other = device.headless();

        cli.session().computeIfAbsent(key, StringBuilder::new).append("a");
        cli.session().computeIfAbsent(key, StringBuilder::new).append("b");

        assertThat(cli.session().get(key)).hasValueSatisfying(v -> assertThat(v).hasToString("ab"));
        assertThat(other.session().get(key)).isEmpty();
        cli.session().set(key, null);
        assertThat(cli.session().get(key)).isEmpty();
    }

    @Test
    void privilegeIsTheSessionsAndNotTheModes() {
        CliSession session = cli.session();
        session.setPrivilege(7);

        assertThat(session.prompt()).isEqualTo("Router#");
        assertThat(session.privilege()).isEqualTo(7);
        cli.exec("disable");
        assertThat(session.privilege()).isEqualTo(1);
        cli.exec("enable");
        assertThat(session.privilege()).isEqualTo(15);
    }
}
