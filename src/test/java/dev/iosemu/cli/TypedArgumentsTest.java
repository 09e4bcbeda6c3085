package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TypedArgumentsTest {
    private static final Arg<String> NAME = Arg.word("name", "Name of host");
    private static final Arg<List<String>> ADDRESSES = Arg.ipv4("address", "Host IP address")
            .map(Inet4Address::getHostAddress)
            .repeated(3);
    private static final Arg<Integer> LEVEL = Arg.number("level", 0, 15, "User privilege level");
    private static final Flag FORCE = Flag.of("/force", "Force delete");
    private static final Flag RECURSIVE = Flag.of("/recursive", "Delete recursively");

    private final CommandRegistry registry = new CommandRegistry();
    private final List<String> ran = new ArrayList<>();
    private HeadlessSession cli;

    @BeforeEach
    void register() {
        CommandNode config = registry.root(Mode.GLOBAL_CONFIG);
        config.keyword("ip", "Global IP configuration subcommands")
                .keyword("host", "Add an entry to the ip hostname table")
                .argument(NAME)
                .argument(ADDRESSES)
                .executes(ctx -> ran.add(ctx.get(NAME) + " " + ctx.get(ADDRESSES)));
        CommandNode privilege = config.keyword("user", "x")
                .argument(NAME)
                .executes(ctx -> ran.add(ctx.get(NAME) + " level " + ctx.optional(LEVEL)));
        privilege
                .keyword("privilege", "Set user privilege level")
                .argument(LEVEL)
                .executes(ctx -> ran.add(ctx.get(NAME) + " level " + ctx.optional(LEVEL)));
        registry.root(Mode.PRIVILEGED_EXEC)
                .keyword("delete", "Delete a file")
                .option(FORCE)
                .option(RECURSIVE)
                .argument(NAME)
                .executes(ctx ->
                        ran.add(ctx.get(NAME) + " force=" + ctx.has(FORCE) + " recursive=" + ctx.has(RECURSIVE)));
        cli = HeadlessSession.of(registry, ShellSettings.builder().build());
        cli.exec("enable");
    }

    @Test
    void aRepeatedArgumentIsOneListInTheOrderTyped() {
        cli.exec("configure terminal");
        cli.exec("ip host web 10.0.0.2 10.0.0.1");
        cli.exec("ip host db 10.0.0.9");
        assertThat(ran).containsExactly("web [10.0.0.2, 10.0.0.1]", "db [10.0.0.9]");
    }

    @Test
    void aRepeatedArgumentStopsAtItsCountWithTheCaretUnderTheExtraWord() {
        cli.exec("configure terminal");
        String line = "ip host web 10.0.0.1 10.0.0.2 10.0.0.3 10.0.0.4";
        int column = "Router(config)#".length() + line.indexOf("10.0.0.4");
        assertThat(cli.exec(line)).startsWith(" ".repeat(column) + "^\n% Invalid input detected at '^' marker.");
        assertThat(ran).isEmpty();
    }

    @Test
    void helpOffersARepeatedArgumentAgainUntilItsCount() {
        cli.exec("configure terminal");
        assertThat(cli.session().shell().help(cli.session(), "ip host web 10.0.0.1 "))
                .isEqualTo("  A.B.C.D  Host IP address\n  <cr>\n\n");
        assertThat(cli.session().shell().help(cli.session(), "ip host web 10.0.0.1 10.0.0.2 10.0.0.3 "))
                .isEqualTo("  <cr>\n\n");
    }

    @Test
    void anOptionalPartIsEmptyWhenNotTyped() {
        cli.exec("configure terminal");
        cli.exec("user bob");
        cli.exec("user ann privilege 15");
        assertThat(ran).containsExactly("bob level Optional.empty", "ann level Optional[15]");
    }

    @Test
    void flagsAreTestedByKeyInAnyOrder() {
        cli.exec("delete /recursive /force flash:x");
        cli.exec("delete /recursive flash:y");
        assertThat(ran).containsExactly("flash:x force=true recursive=true", "flash:y force=false recursive=true");
    }

    @Test
    void readingAKeyTheLineDoesNotHaveIsAnInternalFailureNamingIt() {
        Arg<String> other = Arg.word("other", "x");
        registry.root(Mode.PRIVILEGED_EXEC).keyword("probe", "x").executes(ctx -> ctx.get(other));
        assertThat(cli.exec("probe")).contains("no argument 'other' in: probe");
    }

    @Test
    void twoKeysOfOneNameAtOneNodeFailAtRegistration() {
        CommandNode node = registry.root(Mode.PRIVILEGED_EXEC).keyword("probe", "x");
        node.argument(NAME);
        assertThat(node.argument(NAME)).isSameAs(node.argument(NAME));
        assertThatThrownBy(() -> node.argument(Arg.word("name", "Name of host")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'name' registered with two keys at 'probe'");
    }

    @Test
    void oneKeyTwiceOnAPathFailsAtRegistration() {
        CommandNode node =
                registry.root(Mode.PRIVILEGED_EXEC).keyword("probe", "x").argument(NAME);
        assertThatThrownBy(() -> node.keyword("again", "x").argument(NAME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'name' twice on 'probe name again'");
    }

    @Test
    void aRepeatCountBelowOneIsRefused() {
        assertThatThrownBy(() -> Arg.word("x", "x").repeated(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
