package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class OutputTest {
    private final DemoDevice device = new DemoDevice();
    private final HeadlessSession cli = device.headless();

    @BeforeEach
    void enable() {
        cli.exec("enable");
    }

    @Test
    void includeKeepsMatchingLines() {
        assertThat(cli.exec("show lines | include line 1")).isEqualTo(lines(1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19));
        assertThat(cli.exec("show lines | i 2[89]|30")).isEqualTo(lines(28, 29, 30));
    }

    @Test
    void excludeDropsMatchingLines() {
        assertThat(cli.exec("show lines | exclude [0-9][0-9]")).isEqualTo(lines(1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void beginStartsAtTheFirstMatch() {
        assertThat(cli.exec("show lines | begin line 28")).isEqualTo(lines(28, 29, 30));
    }

    @Test
    void sectionKeepsMatchingBlocksWithTheirIndentedLines() {
        device.registry
                .root(Mode.PRIVILEGED_EXEC)
                .keyword("show", "")
                .keyword("running-config", "x")
                .executes(ctx -> ctx.out()
                        .print("hostname R\n!\ninterface Gi0/0\n ip address 1.1.1.1 255.0.0.0\n"
                                + " no shutdown\ninterface Gi0/1\n shutdown\nline con 0\n"));
        assertThat(cli.exec("show running-config | section interface Gi0/0"))
                .isEqualTo("interface Gi0/0\n ip address 1.1.1.1 255.0.0.0\n no shutdown\n");
    }

    @Test
    void sectionKeepsAMultiLineBannerWhole() {
        device.registry
                .root(Mode.PRIVILEGED_EXEC)
                .keyword("show", "")
                .keyword("running-config", "x")
                .executes(ctx -> ctx.out()
                        .print("banner exec ^CHi^C\nbanner motd ^C\nKeep out\n\n  or else^C\n!\nline con 0\n"));
        assertThat(cli.exec("show running-config | section motd"))
                .isEqualTo("banner motd ^C\nKeep out\n\n  or else^C\n");
        assertThat(cli.exec("show running-config | section exec")).isEqualTo("banner exec ^CHi^C\n");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void catastrophicBacktrackingEndsTheOutputWithAnErrorInsteadOfHangingTheConsole() {
        device.registry
                .root(Mode.PRIVILEGED_EXEC)
                .keyword("show", "")
                .keyword("flash:", "x")
                .executes(ctx -> {
                    ctx.out().println("-#- --length-- -----date/time------ path");
                    ctx.out().println("1     68831808 Mar 1 1993 00:00:00 c1900-universalk9-mz.SPA.154-3.M3.bin");
                    ctx.out().println("2         1840 Mar 1 1993 00:00:00 notes.txt");
                });
        assertThat(cli.exec("show flash: | include ((.+)+)+X"))
                .isEqualTo("% Regular expression too complex, output filter aborted\n");
        assertThat(cli.exec("show lines | include line 30")).isEqualTo(lines(30));
    }

    @Test
    void anOrdinaryQuadraticPatternOverALongOutputIsNotCutShort() {
        device.registry
                .root(Mode.PRIVILEGED_EXEC)
                .keyword("show", "")
                .keyword("running-config", "x")
                .executes(ctx -> {
                    for (int i = 0; i < 1_000; i++) {
                        ctx.out().println(" description " + "a".repeat(60) + " " + i);
                    }
                });
        assertThat(cli.exec("show running-config | include .*q.*")).isEmpty();
        assertThat(cli.exec("show running-config | include .*a 999.*")).endsWith(" 999\n");
    }

    @Test
    void ctrlCStopsAnExpensiveFilterWithoutTheError() {
        device.registry
                .root(Mode.PRIVILEGED_EXEC)
                .keyword("show", "")
                .keyword("running-config", "x")
                .executes(ctx -> {
                    ctx.session().interrupt(); // the user presses Ctrl-C while the output is filtered
                    for (int i = 0; i < 1_000; i++) {
                        ctx.out().println("x".repeat(40));
                    }
                });
        assertThat(cli.exec("show running-config | include ((.+)+)+X")).isEmpty();
    }

    @Test
    void badFilterKeywordGetsACaretAndMissingRegexIsIncomplete() {
        assertThat(cli.exec("show version | grep x"))
                .isEqualTo("                      ^\n% Invalid input detected at '^' marker.\n\n");
        assertThat(cli.exec("show version | include")).isEqualTo("% Incomplete command.\n\n");
    }

    @Test
    void filtersDoNotApplyInConfigurationModeLines() {
        cli.exec("configure terminal");
        cli.exec("interface gi0/0");
        cli.exec("description a | b");
        assertThat(device.descriptions).containsExactly("GigabitEthernet0/0: a | b");
    }

    @Test
    void pagerStopsEveryScreenAndFollowsTheKeys() {
        cli.exec("terminal length 5");
        // 4 lines, space: 4 more, Enter: 1 more, q: stop
        assertThat(cli.exec("show lines", " ", "", "q")).isEqualTo(lines(1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void pagerIsOffWithLengthZero() {
        cli.exec("terminal length 0");
        assertThat(cli.exec("show lines").lines()).hasSize(30);
    }

    @Test
    void pagerCountsWrappedRowsOfLongLines() {
        cli.exec("terminal width 10");
        cli.exec("terminal length 4");
        device.registry.root(Mode.PRIVILEGED_EXEC).keyword("long", "x").executes(ctx -> {
            ctx.out().println("x".repeat(25));
            ctx.out().println("short");
        });
        assertThat(cli.exec("long", "q")).isEqualTo("x".repeat(25) + "\n");
    }

    @Test
    void partialLinesGoOutImmediatelyWithoutAFilter() {
        StringBuilder seen = new StringBuilder();
        device.registry.root(Mode.PRIVILEGED_EXEC).keyword("progress", "x").executes(ctx -> {
            ctx.out().print("!!!");
            seen.append(cli.transcript().endsWith("!!!"));
            ctx.out().println();
        });
        cli.exec("progress");
        assertThat(seen.toString()).isEqualTo("true");
    }

    private static String lines(int... numbers) {
        StringBuilder text = new StringBuilder();
        for (int n : numbers) {
            text.append("line ").append(n).append('\n');
        }
        return text.toString();
    }
}
