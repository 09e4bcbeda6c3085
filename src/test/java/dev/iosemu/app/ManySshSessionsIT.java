package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshClientChannel;
import dev.iosemu.net.ssh.SshEngine;
import dev.iosemu.net.terminal.WindowSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Fifty SSH sessions on one device at once, each running a hundred commands: every answer is the one its own
 * session asked for, byte for byte, with the prompt after it.
 */
class ManySshSessionsIT {
    private static final int SESSIONS = 50;
    private static final int COMMANDS = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void fiftySessionsEachRunAHundredCommandsWithCorrectTranscripts() throws Exception {
        try (RemoteDevice device = RemoteDevice.start();
                SshEngine engine = SshEngine.start(2);
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            device.console.execChecked("configure terminal");
            device.console.execChecked("line vty 0 " + (SESSIONS - 1));
            device.console.execChecked("login local");
            device.console.execChecked("end");
            List<Future<Integer>> sessions = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                int id = i;
                sessions.add(clients.submit(() -> runSession(device, engine, id)));
            }
            for (Future<Integer> session : sessions) {
                assertThat(session.get()).isEqualTo(COMMANDS);
            }
            assertThat(device.console.exec("show users")).doesNotContain("vty");
        }
    }

    /** Logs in, runs the commands one after the other checking each answer exactly; returns how many passed. */
    private static int runSession(RemoteDevice device, SshEngine engine, int id) throws Exception {
        try (SshClient client = SshClient.connect(engine, device.ssh(), "cisco", "cisco", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(200, 24), TIMEOUT)) {
            Screen screen = new Screen(shell.stdout(), shell.stdin());
            screen.awaitEnding("R1#");
            int passed = 0;
            for (int n = 0; n < COMMANDS; n++) {
                String answer = n % 2 == 0
                        ? screen.command("show privilege", "R1#")
                        : screen.command("show running-config | include ip host s" + id + "-", "R1#");
                String expected = n % 2 == 0
                        ? "show privilege\r\nCurrent privilege level is 15\r\nR1#"
                        : "show running-config | include ip host s" + id + "-\r\nR1#";
                assertThat(answer).as("session %d command %d", id, n).isEqualTo(expected);
                passed++;
            }
            screen.type("exit\r");
            screen.awaitEnd();
            return passed;
        }
    }
}
