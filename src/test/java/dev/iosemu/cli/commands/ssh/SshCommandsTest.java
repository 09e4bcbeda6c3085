package dev.iosemu.cli.commands.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.commands.ExecFixture;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code crypto key}, {@code ip ssh} and the SSH show commands on a booted 1941, as IOS 15 words them. */
class SshCommandsTest {
    private ExecFixture device;
    private HeadlessSession console;

    @BeforeEach
    void boot() throws Exception {
        device = ExecFixture.enabled("c1941");
        SshCommands.register(device.registry, device.router, SshConnections.none());
        console = device.session;
        console.exec("configure terminal");
        // the shipped profile comes with a key and a domain name: these tests start from a device without them
        console.exec("crypto key zeroize rsa", "yes");
        console.exec("no ip domain name");
    }

    private void nameTheDevice() {
        console.exec("hostname R1");
        console.exec("ip domain name example.com");
    }

    @Test
    void aKeyNeedsAHostNameOfItsOwnAndADomainName() {
        assertThat(console.exec("crypto key generate rsa modulus 1024"))
                .isEqualTo("% Please define a hostname other than Router.\n");
        console.exec("hostname R1");
        assertThat(console.exec("crypto key generate rsa modulus 1024"))
                .isEqualTo("% Please define a domain-name first.\n");
        assertThat(device.router.rsaKeys().current()).isEmpty();
    }

    @Test
    void aModulusOnTheCommandLineGeneratesAtOnceAndLogsSshComingOn() {
        nameTheDevice();

        assertThat(console.exec("crypto key generate rsa modulus 1024")).isEqualTo("""

                        The name for the keys will be: R1.example.com

                        % The key modulus size is 1024 bits
                        % Generating 1024 bit RSA keys, keys will be non-exportable...
                        [OK] (elapsed time was 0 seconds)

                        *Mar  1 00:00:00.000: %SSH-5-ENABLED: SSH 1.99 has been enabled
                        """);
        assertThat(device.router.rsaKeys().current().orElseThrow().label()).isEqualTo("R1.example.com");
        assertThat(device.router.rsaKeys().current().orElseThrow().modulusBits())
                .isEqualTo(1024);
    }

    @Test
    void withoutAModulusTheSizeIsAskedAndAnExistingKeyNeedsAYes() {
        nameTheDevice();
        assertThat(console.exec("crypto key generate rsa", "1024")).isEqualTo("""
                        The name for the keys will be: R1.example.com
                        Choose the size of the key modulus in the range of 360 to 4096 for your
                          General Purpose Keys. Choosing a key modulus greater than 512 may take
                          a few minutes.

                        How many bits in the modulus [512]: 1024
                        % Generating 1024 bit RSA keys, keys will be non-exportable...
                        [OK] (elapsed time was 0 seconds)

                        *Mar  1 00:00:00.000: %SSH-5-ENABLED: SSH 1.99 has been enabled
                        """);
        var first = device.router.rsaKeys().current().orElseThrow();

        assertThat(console.exec("crypto key generate rsa", "no")).isEqualTo("""
                        % You already have RSA keys defined named R1.example.com.
                        % Do you really want to replace them? [yes/no]: no
                        """);
        assertThat(device.router.rsaKeys().current()).containsSame(first);
        assertThat(console.exec("crypto key generate rsa general-keys label LAB modulus 1024"))
                .startsWith("""
                        % You already have RSA keys defined named R1.example.com.
                        % They will be replaced.

                        % The key modulus size is 1024 bits
                        """);
        assertThat(device.router.rsaKeys().current().orElseThrow().label()).isEqualTo("LAB");
    }

    @Test
    void aLabelNeedsNeitherHostNameNorDomain() {
        console.exec("crypto key generate rsa label LAB modulus 1024");

        assertThat(device.router.rsaKeys().current().orElseThrow().label()).isEqualTo("LAB");
    }

    @Test
    void showIpSshFollowsTheKeyAndTheSettings() {
        assertThat(console.exec("do show ip ssh"))
                .startsWith("""
                        SSH Disabled - version 1.99
                        %Please create RSA keys to enable SSH (and of atleast 768 bits for SSH v2).
                        Authentication methods:publickey,keyboard-interactive,password
                        """)
                .contains("Authentication timeout: 120 secs; Authentication retries: 3\n")
                .endsWith("IOS Keys in SECSH format(ssh-rsa, base64 encoded): NONE\n");
        nameTheDevice();
        console.exec("crypto key generate rsa modulus 1024");
        console.exec("ip ssh version 2");
        console.exec("ip ssh time-out 60");
        console.exec("ip ssh authentication-retries 2");

        String shown = console.exec("do show ip ssh");
        assertThat(shown)
                .startsWith("SSH Enabled - version 2.0\nAuthentication methods:")
                .contains("Authentication timeout: 60 secs; Authentication retries: 2\n")
                .contains("IOS Keys in SECSH format(ssh-rsa, base64 encoded): R1.example.com\nssh-rsa AAAAB3NzaC1yc2E");
        assertThat(shown.lines()).allMatch(line -> line.length() <= 80 || !line.startsWith("ssh-rsa"));
        assertThat(console.exec("do show running-config"))
                .contains("!\nip ssh time-out 60\nip ssh authentication-retries 2\nip ssh version 2\n!\n");
        console.exec("no ip ssh version");
        assertThat(console.exec("do show ip ssh")).startsWith("SSH Enabled - version 1.99\n");
    }

    @Test
    void zeroizeAsksThenTurnsSshOff() {
        nameTheDevice();
        console.exec("crypto key generate rsa modulus 1024");

        assertThat(console.exec("crypto key zeroize rsa", "yes"))
                .startsWith("""
                        % All keys will be removed.
                        % All router certs issued using these keys will also be removed.
                        Do you really want to remove these keys? [yes/no]: yes
                        """)
                .contains("%SSH-5-DISABLED: SSH 1.99 has been disabled");
        assertThat(device.router.rsaKeys().current()).isEmpty();
        assertThat(console.exec("do show ip ssh")).startsWith("SSH Disabled - version 1.99\n");
        assertThat(console.exec("crypto key zeroize rsa"))
                .isEqualTo("% No Signature RSA Keys found in configuration.\n");
    }

    @Test
    void showCryptoKeySaysWhetherTheKeyIsSavedAndListsItsPublicHalfInHex() {
        nameTheDevice();
        device.clock.advance(Duration.ofHours(9));
        console.exec("crypto key generate rsa modulus 1024");
        console.exec("end");

        String unsaved = console.exec("show crypto key mypubkey rsa");
        assertThat(unsaved).startsWith("""
                        % Key pair was generated at: 09:00:00 UTC Mar 1 1993
                        Key name: R1.example.com
                        Key type: RSA KEYS
                         Storage Device: not specified
                         Usage: General Purpose Key
                         Key is not exportable.
                         Key Data:
                          30819F30 0D06092A 864886F7 0D010101 05000381 8D003081 89028181 00""");
        console.exec("write memory");
        assertThat(console.exec("show crypto key mypubkey rsa")).contains(" Storage Device: private-config\n");
    }

    @Test
    void showSshWithNoConnections() {
        assertThat(console.exec("do show ssh"))
                .isEqualTo("%No SSHv2 server connections running.\n%No SSHv1 server connections running.\n");
    }
}
