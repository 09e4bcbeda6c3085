package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import org.junit.jupiter.api.Test;

class ParserTest {
    private final DemoDevice device = new DemoDevice();

    private ParseOutcome parse(Mode mode, String line) {
        return Parser.parse(device.registry, mode, line);
    }

    private ParseOutcome.Arguments arguments(Mode mode, String line) {
        return ((ParseOutcome.Complete) parse(mode, line)).arguments();
    }

    private <T> T value(Mode mode, String line, Arg<T> arg) {
        return arg.read(arguments(mode, line).values().get(arg));
    }

    @Test
    void uniquePrefixesOfEveryWordAreAccepted() {
        assertThat(parse(Mode.PRIVILEGED_EXEC, "sh ver")).isInstanceOf(ParseOutcome.Complete.class);
        assertThat(parse(Mode.PRIVILEGED_EXEC, "conf t")).isInstanceOf(ParseOutcome.Complete.class);
        assertThat(parse(Mode.PRIVILEGED_EXEC, "SHOW VERSION")).isInstanceOf(ParseOutcome.Complete.class);
        assertThat(value(Mode.PRIVILEGED_EXEC, "copy run start", DemoDevice.SOURCE))
                .isEqualTo("running-config");
        assertThat(value(Mode.PRIVILEGED_EXEC, "copy run start", DemoDevice.DESTINATION))
                .isEqualTo("startup-config");
    }

    @Test
    void ambiguousPrefixReportsTheCandidates() {
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show i"))
                .isEqualTo(new ParseOutcome.Ambiguous(java.util.List.of("interfaces", "ip", "inventory")));
    }

    @Test
    void exactKeywordWinsOverLongerKeywordsWithThatPrefix() {
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show ip interface")).isInstanceOf(ParseOutcome.Complete.class);
    }

    @Test
    void invalidWordGivesItsColumn() {
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show sun")).isEqualTo(new ParseOutcome.Invalid(5));
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show  version extra")).isEqualTo(new ParseOutcome.Invalid(14));
    }

    @Test
    void caretSitsUnderTheFirstCharacterNoKeywordContinues() {
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show ix")).isEqualTo(new ParseOutcome.Invalid(6));
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show versionx")).isEqualTo(new ParseOutcome.Invalid(12));
        assertThat(parse(Mode.PRIVILEGED_EXEC, "shwo version")).isEqualTo(new ParseOutcome.Invalid(2));
    }

    @Test
    void unavailableWordFailsUnderItsFirstCharacterInsteadOfAbbreviating() {
        device.registry
                .root(Mode.PRIVILEGED_EXEC)
                .keyword("show", "x")
                .keyword("inv", "x")
                .unavailable();
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show inv")).isEqualTo(new ParseOutcome.Invalid(5));
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show inve")).isInstanceOf(ParseOutcome.Complete.class);
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show in")).isInstanceOf(ParseOutcome.Ambiguous.class);
    }

    @Test
    void lineEndingBeforeAHandlerIsIncomplete() {
        assertThat(parse(Mode.PRIVILEGED_EXEC, "show ip")).isInstanceOf(ParseOutcome.Incomplete.class);
        assertThat(parse(Mode.PRIVILEGED_EXEC, "copy flash:")).isInstanceOf(ParseOutcome.Incomplete.class);
    }

    @Test
    void userExecSeesOnlyLevelOneCommands() {
        assertThat(parse(Mode.USER_EXEC, "show version")).isInstanceOf(ParseOutcome.Complete.class);
        assertThat(parse(Mode.USER_EXEC, "show interfaces")).isEqualTo(new ParseOutcome.Invalid(5));
        assertThat(parse(Mode.USER_EXEC, "copy run start")).isEqualTo(new ParseOutcome.Invalid(0));
    }

    @Test
    void noFormParsesOnlyWhereANegationHandlerExists() {
        var outcome = (ParseOutcome.Complete) parse(Mode.GLOBAL_CONFIG, "no ip domain-lookup");
        assertThat(outcome.negated()).isTrue();
        assertThat(parse(Mode.GLOBAL_CONFIG, "no hostname R1")).isEqualTo(new ParseOutcome.Invalid(3));
        assertThat(parse(Mode.GLOBAL_CONFIG, "no")).isInstanceOf(ParseOutcome.Incomplete.class);
    }

    @Test
    void doParsesTheRestAsAPrivilegedExecCommand() {
        var outcome = (ParseOutcome.Complete) parse(Mode.GLOBAL_CONFIG, "do sh ver");
        assertThat(outcome.execMode()).contains(Mode.PRIVILEGED_EXEC);
        assertThat(parse(Mode.INTERFACE_CONFIG, "do copy run start")).isInstanceOf(ParseOutcome.Complete.class);
        assertThat(parse(Mode.GLOBAL_CONFIG, "do")).isInstanceOf(ParseOutcome.Incomplete.class);
    }

    @Test
    void numbersMustBeInRange() {
        assertThat(value(Mode.PRIVILEGED_EXEC, "terminal length 512", BuiltinCommands.LENGTH))
                .isEqualTo(512);
        assertThat(parse(Mode.PRIVILEGED_EXEC, "terminal length 513")).isEqualTo(new ParseOutcome.Invalid(16));
        assertThat(parse(Mode.PRIVILEGED_EXEC, "terminal length 99999999999999999999"))
                .isEqualTo(new ParseOutcome.Invalid(16));
        assertThat(parse(Mode.PRIVILEGED_EXEC, "terminal length -1")).isEqualTo(new ParseOutcome.Invalid(16));
    }

    @Test
    void hexNumbersNeedTheirPrefix() {
        assertThat(value(Mode.GLOBAL_CONFIG, "config-register 0x2102", DemoDevice.REGISTER))
                .isEqualTo(0x2102);
        assertThat(parse(Mode.GLOBAL_CONFIG, "config-register 2102")).isEqualTo(new ParseOutcome.Invalid(16));
        assertThat(parse(Mode.GLOBAL_CONFIG, "config-register 0x12345")).isEqualTo(new ParseOutcome.Invalid(16));
    }

    @Test
    void ipv4AddressesAreDottedQuadsOfOctets() throws Exception {
        assertThat(value(Mode.PRIVILEGED_EXEC, "ping 192.168.1.10", DemoDevice.HOST))
                .isEqualTo(Inet4Address.getByName("192.168.1.10"));
        assertThat(parse(Mode.PRIVILEGED_EXEC, "ping 192.168.1.256")).isEqualTo(new ParseOutcome.Invalid(5));
        assertThat(parse(Mode.PRIVILEGED_EXEC, "ping 10.1.1")).isEqualTo(new ParseOutcome.Invalid(5));
    }

    @Test
    void interfaceNamesAcceptAbbreviationsAndTwoWordForms() {
        for (String line : new String[] {
            "interface gi0/0", "interface g0/0", "interface GigabitEthernet 0/0", "int GIGABITETHERNET0/0"
        }) {
            assertThat(value(Mode.GLOBAL_CONFIG, line, device.interfaceName)).isEqualTo("GigabitEthernet0/0");
        }
        assertThat(value(Mode.GLOBAL_CONFIG, "interface vlan 1", device.interfaceName))
                .isEqualTo("Vlan1");
        assertThat(parse(Mode.GLOBAL_CONFIG, "interface gi0/7")).isEqualTo(new ParseOutcome.Invalid(10));
        assertThat(parse(Mode.GLOBAL_CONFIG, "interface gi")).isInstanceOf(ParseOutcome.Incomplete.class);
    }

    @Test
    void creatableInterfaceTypesAcceptAnyNumberInTheirRange() {
        assertThat(value(Mode.GLOBAL_CONFIG, "interface lo5", device.interfaceName))
                .isEqualTo("Loopback5");
        assertThat(value(Mode.GLOBAL_CONFIG, "interface Loopback 007", device.interfaceName))
                .isEqualTo("Loopback7");
        assertThat(parse(Mode.GLOBAL_CONFIG, "interface loopback 2147483648")).isEqualTo(new ParseOutcome.Invalid(10));
        assertThat(parse(Mode.GLOBAL_CONFIG, "interface lo1/0")).isEqualTo(new ParseOutcome.Invalid(10));
    }

    @Test
    void urlsKeepTheirPathAndSpellThePrefixCanonically() {
        String copy = "copy TFTP://10.0.0.1/dir/a.bin flash:a.bin";
        assertThat(value(Mode.PRIVILEGED_EXEC, copy, DemoDevice.SOURCE)).isEqualTo("tftp://10.0.0.1/dir/a.bin");
        assertThat(value(Mode.PRIVILEGED_EXEC, copy, DemoDevice.DESTINATION)).isEqualTo("flash:a.bin");
        String upload = "copy nvram:startup-config tftp";
        assertThat(value(Mode.PRIVILEGED_EXEC, upload, DemoDevice.SOURCE)).isEqualTo("nvram:startup-config");
        assertThat(value(Mode.PRIVILEGED_EXEC, upload, DemoDevice.DESTINATION)).isEqualTo("tftp:");
        assertThat(parse(Mode.PRIVILEGED_EXEC, "copy disk0:x flash:")).isEqualTo(new ParseOutcome.Invalid(5));
        assertThat(parse(Mode.PRIVILEGED_EXEC, "copy f flash:"))
                .isEqualTo(new ParseOutcome.Ambiguous(java.util.List.of("flash:", "ftp:")));
    }

    @Test
    void optionsMayComeInAnyOrderButOnlyOnce() {
        assertThat(arguments(Mode.PRIVILEGED_EXEC, "copy /verify /erase run start")
                        .flags())
                .containsExactlyInAnyOrder(DemoDevice.ERASE, DemoDevice.VERIFY);
        assertThat(parse(Mode.PRIVILEGED_EXEC, "copy /erase /erase run start")).isEqualTo(new ParseOutcome.Invalid(13));
    }

    @Test
    void lineArgumentTakesTheRestOfTheLineVerbatim() {
        assertThat(value(Mode.INTERFACE_CONFIG, "description  uplink  to core ", DemoDevice.TEXT))
                .isEqualTo("uplink  to core");
    }

    @Test
    void registeringTheSameCommandTwiceFailsAtOnce() {
        CommandNode exec = device.registry.root(Mode.PRIVILEGED_EXEC);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> exec.keyword("show", "").keyword("version", "").executes(ctx -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'show version'");
    }

    @Test
    void hiddenKeywordsMustBeTypedInFull() {
        device.registry
                .root(Mode.PRIVILEGED_EXEC)
                .keyword("service-module-secret", "x")
                .hidden()
                .executes(ctx -> {});
        assertThat(parse(Mode.PRIVILEGED_EXEC, "service-module-secret")).isInstanceOf(ParseOutcome.Complete.class);
        assertThat(parse(Mode.PRIVILEGED_EXEC, "service")).isEqualTo(new ParseOutcome.Invalid(1));
    }
}
