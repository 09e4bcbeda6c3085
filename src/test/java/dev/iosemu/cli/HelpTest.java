package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {
    private final DemoDevice device = new DemoDevice();
    private final HeadlessSession cli = device.headless();

    @Test
    void fullHelpListsKeywordsInTwoAlignedColumnsThenRedisplaysTheLine() {
        cli.exec("enable");
        assertThat(cli.exec("show ?")).isEqualTo("""
                          history     Display the session command history
                          interfaces  Interface status and configuration
                          inventory   Show the physical inventory
                          ip          IP information
                          lines       Many numbered lines (pager demo)
                          version     System hardware and software status

                        Router#show\s
                        """);
    }

    @Test
    void fullHelpEndsWithCrWhenTheCommandIsComplete() {
        cli.exec("enable");
        assertThat(cli.session().shell().help(cli.session(), "show ip interface "))
                .isEqualTo("  <cr>\n\n");
        assertThat(cli.session().shell().help(cli.session(), "terminal length "))
                .isEqualTo("  <0-512>  Number of lines on screen (0 for no pausing)\n\n");
    }

    @Test
    void helpAtAnEmptyPromptStartsWithTheModeHeader() {
        assertThat(cli.exec("?"))
                .startsWith("Exec commands:\n  disable   Turn off privileged commands\n")
                .contains("  show      Show running system information\n")
                .doesNotContain("copy")
                .endsWith("\nRouter>\n");
        cli.exec("enable");
        cli.exec("configure terminal");
        assertThat(cli.exec("?"))
                .startsWith("Configure commands:\n")
                .contains("  do ")
                .contains("  no ");
    }

    @Test
    void partialHelpListsMatchingWordsOnOneLine() {
        cli.exec("enable");
        assertThat(cli.exec("show i?")).isEqualTo("interfaces  inventory  ip  \n\nRouter#show i\n");
        assertThat(cli.exec("c?")).startsWith("configure  copy  \n\n");
        assertThat(cli.exec("xyz?")).isEqualTo("% Unrecognized command\nRouter#xyz\n");
    }

    @Test
    void argumentHelpShowsIosNames() {
        cli.exec("enable");
        assertThat(cli.session().shell().help(cli.session(), "ping "))
                .isEqualTo("  A.B.C.D  Ping destination address or hostname\n\n");
        assertThat(cli.session().shell().help(cli.session(), "copy t")).isEqualTo("tftp:  \n\n");
        cli.exec("conf t");
        assertThat(cli.session().shell().help(cli.session(), "config-register "))
                .isEqualTo("  <0x0-0xFFFF>  Config register number\n\n");
        assertThat(cli.session().shell().help(cli.session(), "interface GigabitEthernet "))
                .isEqualTo("  <0/0, 0/1>  GigabitEthernet interface number\n\n");
        assertThat(cli.session().shell().help(cli.session(), "interface lo "))
                .isEqualTo("  <0-2147483647>  Loopback interface number\n\n");
        assertThat(cli.session().shell().help(cli.session(), "interface "))
                .isEqualTo("  GigabitEthernet  GigabitEthernet IEEE 802.3z\n"
                        + "  Loopback         Loopback interface\n  Vlan             Catalyst Vlans\n\n");
        cli.exec("interface vlan1");
        assertThat(cli.session().shell().help(cli.session(), "description some "))
                .isEqualTo("  LINE  Up to 240 characters describing this interface\n  <cr>\n\n");
    }

    @Test
    void urlArgumentHelpListsPrefixesWithDescriptions() {
        cli.exec("enable");
        assertThat(cli.exec("copy ?"))
                .contains("  /erase          Erase destination file system.\n")
                .contains("  flash:          Copy from flash: file system\n")
                .contains("  running-config  Copy from current system configuration\n");
    }

    @Test
    void helpAfterABadWordShowsTheCaret() {
        cli.exec("enable");
        assertThat(cli.exec("show bogus ?"))
                .isEqualTo("            ^\n% Invalid input detected at '^' marker.\n\nRouter#show bogus \n");
    }

    @Test
    void pipeHelpListsTheFilters() {
        cli.exec("enable");
        assertThat(cli.session().shell().help(cli.session(), "show version | "))
                .contains("  include  Include lines that match\n");
        assertThat(cli.session().shell().help(cli.session(), "show version | e"))
                .isEqualTo("exclude  \n\n");
    }

    @Test
    void helpCommandExplainsTheHelpSystem() {
        assertThat(cli.exec("help"))
                .startsWith("Help may be requested at any point in a command by entering\n")
                .endsWith("   (e.g. 'show pr?'.)\n");
    }

    @Test
    void tabCompletesAUniquePrefixOnly() {
        cli.exec("enable");
        CliSession s = cli.session();
        assertThat(s.shell().complete(s, "sh")).contains("show ");
        assertThat(s.shell().complete(s, "show ve")).contains("show version ");
        assertThat(s.shell().complete(s, "show i")).isEmpty();
        assertThat(s.shell().complete(s, "show ip")).contains("show ip ");
        assertThat(s.shell().complete(s, "copy fl")).contains("copy flash:");
        assertThat(s.shell().complete(s, "copy ru")).contains("copy running-config ");
        assertThat(s.shell().complete(s, "show ")).isEmpty();
        assertThat(s.shell().complete(s, "bogus x")).isEmpty();
        cli.exec("conf t");
        assertThat(s.shell().complete(s, "int gi")).contains("int GigabitEthernet");
    }
}
