package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UnmodelledCommandsTest {
    private static HeadlessSession session(Set<String> traits) {
        CommandRegistry registry = new CommandRegistry();
        registry.root(Mode.PRIVILEGED_EXEC)
                .keyword("show", "Show running system information")
                .keyword("version", "System hardware and software status")
                .privilege(1)
                .executes(ctx -> ctx.out().println("modelled"));
        UnmodelledCommands.register(registry, traits);
        return HeadlessSession.of(registry, ShellSettings.builder().build());
    }

    @Test
    void realWordsAbbreviateListAndAnswerThatTheyAreNotModelled() {
        HeadlessSession cli = session(Set.of("router", "classic"));

        assertThat(cli.exec("s")).isEqualTo("% Ambiguous command:  \"s\"\n");
        assertThat(cli.exec("show ver")).isEqualTo("modelled\n");
        assertThat(cli.exec("show i")).isEqualTo("% Ambiguous command:  \"show i\"\n");
        assertThat(cli.exec("show idprom all"))
                .isEqualTo("% \"show idprom\" is a real IOS command iosemu does not model\n");
        cli.exec("enable");
        assertThat(cli.exec("tclsh")).isEqualTo("% \"tclsh\" is a real IOS command iosemu does not model\n");
        assertThat(cli.exec("traceroute ?"))
                .startsWith("  WORD       Trace route to destination address or hostname\n  appletalk ")
                .doesNotContain("  mac ")
                .contains("  <cr>\n\n");
    }

    @Test
    void platformsAndPrivilegeDecideWhatIsOffered() {
        HeadlessSession router = session(Set.of("router", "classic"));
        HeadlessSession sw = session(Set.of("switch", "classic"));

        // user EXEC offers only user-level words: no erase, no tclsh
        assertThat(router.exec("e?")).startsWith("enable  ethernet  exit  \n\n");
        assertThat(sw.exec("enable")).isEmpty();
        assertThat(sw.exec("traceroute ?")).contains("  mac        Trace Layer2 path between 2 endpoints\n");
    }

    @Test
    void configurationWordsTakeTheirNoFormToo() {
        HeadlessSession cli = session(Set.of("router", "classic"));
        cli.exec("enable");
        cli.session().enterMode(Mode.GLOBAL_CONFIG);

        assertThat(cli.exec("a")).isEqualTo("% Ambiguous command:  \"a\"\n");
        assertThat(cli.exec("no snmp-server community public RO"))
                .isEqualTo("% \"snmp-server\" is a real IOS command iosemu does not model\n");
    }
}
