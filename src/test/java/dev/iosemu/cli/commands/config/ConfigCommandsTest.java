package dev.iosemu.cli.commands.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.RecordingConsole;
import dev.iosemu.device.Router;
import dev.iosemu.device.TestClock;
import dev.iosemu.device.TestDevices;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.device.config.Type7;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfigCommandsTest {
    private Router router;
    private HeadlessSession cli;

    @BeforeEach
    void bootRouter() throws IOException {
        router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
        router.powerOn(new RecordingConsole("no").boot());
        cli = session(router);
        cli.exec("enable");
        cli.exec("configure terminal");
    }

    static HeadlessSession session(Router router) {
        CommandRegistry registry = new CommandRegistry();
        ConfigCommands.register(registry, router, new Random(7));
        return HeadlessSession.of(registry, ConfigCommands.shellSettings(router).build());
    }

    @Test
    void leavingConfigurationModeLogsConfiguredFromConsole() {
        assertThat(cli.script("end\n"))
                .contains("*Mar  1 00:00:00.000: %SYS-5-CONFIG_I: Configured from console by console\n");
    }

    @Test
    void hostnameChangesThePromptAndMarksTheConfigModified() {
        assertThat(router.configModified()).isFalse();

        cli.exec("hostname R1");

        assertThat(router.runningConfig().hostname()).isEqualTo("R1");
        assertThat(cli.session().prompt()).isEqualTo("R1(config)#");
        assertThat(router.configModified()).isTrue();
    }

    @Test
    void hostnameLongerThan63CharactersIsRefusedWithAnIosError() {
        String out = cli.exec("hostname R" + "x".repeat(63));

        assertThat(out).isEqualTo("% Hostname must be fewer than 64 characters.\n");
        assertThat(router.runningConfig().hostname()).isEqualTo("Router");
        assertThat(cli.exec("hostname R" + "x".repeat(62))).isEmpty();
        assertThat(router.runningConfig().hostname()).hasSize(63);
    }

    @Test
    void hostnameWithControlOrNonAsciiCharactersIsRefusedAndNeverReachesThePrompt() {
        for (String name : new String[] {"R\u0007x", "R\u001b[2Jx", "R\u007f", "R\u00e9", "\u00c9cole"}) {
            assertThat(cli.exec("hostname " + name))
                    .as(name)
                    .isEqualTo("% Hostname contains one or more illegal characters.\n");
        }
        assertThat(router.runningConfig().hostname()).isEqualTo("Router");
        assertThat(cli.session().prompt()).isEqualTo("Router(config)#");
    }

    @Test
    void interfaceCommandsEnterConfigIfAndSetAddressAndAdminState() {
        cli.exec("int gi0/0");
        assertThat(cli.session().prompt()).isEqualTo("Router(config-if)#");
        cli.exec("ip address 192.168.1.1 255.255.255.0");
        cli.exec("no shut");
        cli.exec("description uplink to lab");
        cli.exec("exit");

        var ifc = router.runningConfig().findInterface("GigabitEthernet0/0").orElseThrow();
        assertThat(ifc.address().orElseThrow().toString()).isEqualTo("192.168.1.1 255.255.255.0");
        assertThat(ifc.shutdown()).isFalse();
        assertThat(router.runningConfigText())
                .containsSequence(
                        "interface GigabitEthernet0/0",
                        " description uplink to lab",
                        " ip address 192.168.1.1 255.255.255.0",
                        " duplex auto");
    }

    @Test
    void badMaskIsRefusedWithTheIosText() {
        cli.exec("interface GigabitEthernet0/1");

        String out = cli.exec("ip address 10.0.0.1 255.0.255.0");

        assertThat(out).contains("Bad mask 0xFF00FF00 for address 10.0.0.1");
        assertThat(router.runningConfig()
                        .findInterface("GigabitEthernet0/1")
                        .orElseThrow()
                        .address())
                .isEmpty();
    }

    @Test
    void staticRoutesAndTheirNoFormsFeedTheRoutingTable() {
        cli.exec("interface gi0/0");
        cli.exec("ip address 192.168.1.1 255.255.255.0");
        cli.exec("no shutdown");
        cli.exec("exit");
        cli.exec("ip route 0.0.0.0 0.0.0.0 192.168.1.254");

        assertThat(router.runningConfig().routingTable().lookup(Ipv4Address.parse("8.8.8.8")))
                .isPresent();
        cli.exec("no ip route 0.0.0.0 0.0.0.0 192.168.1.254");
        assertThat(router.runningConfig().routingTable().lookup(Ipv4Address.parse("8.8.8.8")))
                .isEmpty();
        assertThat(cli.exec("ip route 10.1.1.1 255.255.255.0 192.168.1.254"))
                .contains("%Inconsistent address and mask");
    }

    @Test
    void ftpAndTftpSettingsRenderAsIosDoes() {
        cli.exec("ip ftp username cisco");
        cli.exec("ip ftp password 7 0822455D0A16");
        cli.exec("no ip ftp passive");
        cli.exec("ip tftp blocksize 8192");
        cli.exec("ip tftp source-interface gi0/0");
        cli.exec("file prompt quiet");
        cli.exec("tftp-server flash:c1900.bin alias ios.bin");

        RunningConfig config = router.runningConfig();
        assertThat(config.files().ftp().password().orElseThrow().plain()).isEqualTo("cisco");
        assertThat(router.runningConfigText())
                .contains(
                        "no ip ftp passive",
                        "ip ftp username cisco",
                        "ip ftp password 7 0822455D0A16",
                        "ip tftp source-interface GigabitEthernet0/0",
                        "ip tftp blocksize 8192",
                        "file prompt quiet",
                        "tftp-server flash:c1900.bin alias ios.bin");
    }

    @Test
    void plainFtpPasswordIsEncodedOnlyWithPasswordEncryption() {
        cli.exec("ip ftp password secret");
        assertThat(router.runningConfigText()).contains("ip ftp password secret");

        cli.exec("service password-encryption");

        assertThat(router.runningConfigText())
                .contains("service password-encryption", "ip ftp password 7 " + Type7.encode("secret"));
    }

    @Test
    void enableSecretIsStoredHashedAndGuardsEnable() {
        cli.exec("enable secret class");
        cli.exec("end");
        cli.exec("disable");

        assertThat(router.runningConfigText()).anyMatch(line -> line.startsWith("enable secret 5 $1$"));
        assertThat(cli.exec("enable", "class")).contains("Password: ");
        assertThat(cli.session().prompt()).isEqualTo("Router#");
    }

    @Test
    void bootSystemOnARouterIsAConfigLineInOrderWithNoForms() {
        cli.exec("boot system flash:" + TestDevices.NEW_ISR_IMAGE);
        cli.exec("boot system flash " + TestDevices.OLD_ISR_IMAGE);

        assertThat(router.runningConfigText())
                .containsSequence(
                        "boot-start-marker",
                        "boot system flash:" + TestDevices.NEW_ISR_IMAGE,
                        "boot system flash " + TestDevices.OLD_ISR_IMAGE,
                        "boot-end-marker");
        cli.exec("no boot system flash:" + TestDevices.NEW_ISR_IMAGE);
        assertThat(router.bootSystem().entries()).containsExactly("flash " + TestDevices.OLD_ISR_IMAGE);
        cli.exec("no boot system");
        assertThat(router.bootSystem().entries()).isEmpty();
    }

    @Test
    void configRegisterTakesEffectAtTheNextReload() {
        cli.exec("config-register 0x2142");

        assertThat(router.bootEnvironment().configRegister()).isEqualTo(0x2102);
        assertThat(router.runningConfigText()).contains("config-register 0x2142");
        assertThat(TestDevices.showVersion(router))
                .contains("Configuration register is 0x2102 (will be 0x2142 at next reload)");
    }

    @Test
    void lineBlocksAcceptPasswordLoginAndExecTimeout() {
        cli.exec("line con 0");
        assertThat(cli.session().prompt()).isEqualTo("Router(config-line)#");
        cli.exec("exec-timeout 0 0");
        cli.exec("password cisco");
        cli.exec("login");
        cli.exec("line vty 0 4");
        cli.exec("no login");

        assertThat(router.runningConfigText())
                .containsSequence("line con 0", " exec-timeout 0 0", " password cisco", " login", "line aux 0")
                .containsSequence("line vty 0 4", "!");
    }

    @Test
    void loggingSynchronousAndTransportInputAreKeptAndRenderedInIosOrder() {
        cli.exec("line con 0");
        cli.exec("logging synchronous");
        cli.exec("login");
        cli.exec("exec-timeout 0 0");
        cli.exec("line vty 0 4");
        cli.exec("transport input ssh");

        assertThat(router.runningConfigText())
                .containsSequence("line con 0", " exec-timeout 0 0", " logging synchronous", " login", "line aux 0")
                .containsSequence("line vty 0 4", " login", " transport input ssh");
        cli.exec("line con 0");
        cli.exec("no logging synchronous");
        assertThat(router.runningConfigText()).doesNotContain(" logging synchronous");
    }

    @Test
    void switchBootSystemWritesTheLoaderVariableAtOnce() throws IOException {
        Router sw = Router.create(TestDevices.catalyst(), new TestClock(), LabAddressMap.empty());
        sw.powerOn(new RecordingConsole("no").boot());
        HeadlessSession swCli = session(sw);
        swCli.exec("enable");
        swCli.exec("configure terminal");

        swCli.exec("boot system flash:/" + TestDevices.SWITCH_IMAGE);

        assertThat(sw.bootEnvironment().get(BootEnvironment.BOOT)).contains("flash:/" + TestDevices.SWITCH_IMAGE);
        assertThat(sw.configModified()).isFalse();
        assertThat(swCli.exec("config-register 0x2142")).contains("Invalid input");
    }

    @Test
    void globalCommandsWorkFromInsideASubMode() {
        cli.exec("interface gi0/0");
        String out = cli.exec("interface gi0/1");
        cli.exec("shutdown");
        cli.exec("hostname Edge");

        assertThat(out).doesNotContain("Invalid");
        assertThat(router.runningConfig().hostname()).isEqualTo("Edge");
    }

    @Test
    void enablePasswordGuardsEnableUntilASecretReplacesIt() {
        cli.exec("enable password 7 0822455D0A16");
        cli.exec("end");
        cli.exec("disable");

        cli.exec("enable", "cisco");
        assertThat(cli.session().prompt()).isEqualTo("Router#");
        assertThat(router.runningConfigText()).contains("enable password 7 0822455D0A16");
        cli.exec("configure terminal");
        cli.exec("enable secret class");
        cli.exec("end");
        cli.exec("disable");
        cli.exec("enable", "cisco", "class");
        assertThat(cli.session().prompt()).isEqualTo("Router#");
    }
}
