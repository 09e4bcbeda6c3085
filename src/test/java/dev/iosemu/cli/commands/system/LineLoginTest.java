package dev.iosemu.cli.commands.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.IosShell;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.commands.ExecFixture;
import dev.iosemu.cli.commands.config.ConfigCommands;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineLoginTest {
    private final ExecFixture device = ExecFixture.enabled("c1941");
    private final StringBuilder transcript = new StringBuilder();

    LineLoginTest() throws Exception {}

    private void configure(String... lines) {
        device.session.exec("configure terminal");
        for (String line : lines) {
            device.session.exec(line);
        }
        device.session.exec("end");
    }

    /** A console whose input holds {@code answers}, as a script would type them. */
    private CliSession console(String... answers) {
        IosShell shell = new IosShell(
                device.registry, ConfigCommands.shellSettings(device.router).build());
        CliSession console = HeadlessSession.batch(shell, new StringReader(String.join("\n", answers)), transcript);
        console.enterMode(Mode.PRIVILEGED_EXEC);
        return console;
    }

    @Test
    void anOpenConsoleShowsTheBannersInOrderAndStartsInUserExec() {
        configure("banner exec #Exec#", "banner motd #Motd#", "banner login #Login#");
        CliSession console = console();

        assertThat(LineLogin.open(console, device.router)).isTrue();

        assertThat(transcript).hasToString("Motd\n\nLogin\n\nExec\n\n");
        assertThat(console.mode()).isEqualTo(Mode.USER_EXEC);
    }

    @Test
    void loginWithoutAPasswordSetLeavesTheConsoleOpen() {
        configure("line con 0", "login");

        assertThat(LineLogin.open(console(), device.router)).isTrue();
        assertThat(transcript).isEmpty();
    }

    @Test
    void threeWrongPasswordsCloseTheLineBeforeTheExecBanner() {
        configure("banner exec #Exec#", "line con 0", "password cisco", "login");

        assertThat(LineLogin.open(console("x", "y", "z"), device.router)).isFalse();

        assertThat(transcript)
                .hasToString("\nUser Access Verification\n\nPassword: \nPassword: \nPassword: \n% Bad passwords\n\n");
    }

    @Test
    void threeFailedLocalLoginsCloseTheLineAndNamesAreCaseSensitive() {
        configure("username admin secret s3cret", "line con 0", "login local");

        CliSession console = console("Admin", "s3cret", "admin", "S3cret", "nobody", "s3cret");

        assertThat(LineLogin.open(console, device.router)).isFalse();
        assertThat(transcript.toString()).endsWith("Username: nobody\nPassword: \n\n% Login invalid\n\n");
    }

    @Test
    void aLocalUserStartsAtTheirPrivilegeLevel() {
        configure(
                "username op privilege 5 password 0 b4ckup",
                "username guest password 0 g",
                "line con 0",
                "login local");
        CliSession op = console("op", "b4ckup");
        CliSession guest = console("guest", "g");

        assertThat(LineLogin.open(op, device.router)).isTrue();
        assertThat(LineLogin.open(guest, device.router)).isTrue();

        // IOS: any level above 1 is privileged EXEC (the # prompt), at that level
        assertThat(op.mode()).isEqualTo(Mode.PRIVILEGED_EXEC);
        assertThat(op.privilege()).isEqualTo(5);
        assertThat(guest.mode()).isEqualTo(Mode.USER_EXEC);
        assertThat(guest.privilege()).isEqualTo(1);
    }

    @Test
    void inputEndingAtThePasswordPromptKeepsTheSessionShut() {
        configure("line con 0", "password cisco", "login");

        assertThat(LineLogin.open(console(), device.router)).isFalse();
    }
}
