package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.lab.LabNetwork;
import dev.iosemu.lab.ManualTime;
import dev.iosemu.lab.file.LabFile;
import dev.iosemu.testing.LabReady;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ctrl-Shift-6 x typed on a node's console port (the line editor a terminal user has) suspends the session to
 * another node at once, without Enter; a bare Enter at the local prompt resumes it.
 */
@Timeout(120)
class SessionEscapeConsoleIT {
    @Test
    void theTwoKeysSuspendAndEnterResumes() throws Exception {
        ManualTime time = new ManualTime(Instant.parse("2026-12-07T10:00:00Z"));
        try (RunningLab lab = RunningLab.builder(LabFile.read(Path.of("labs/ccna.yaml")))
                        .network(LabNetwork.create(time))
                        .clock(time)
                        .start();
                ConsoleClient r1 = new ConsoleClient(lab.node("r1").console().orElseThrow())) {
            time.advance(Duration.ofSeconds(5)); // the links and line protocols come up
            r1.login("R1");
            r1.send("enable");
            r1.readUntil("Password: ");
            r1.send(LabReady.SECRET);
            r1.readUntil("R1#");
            r1.send("telnet 192.168.1.2");
            r1.readUntil("Username: ");
            r1.send("cisco");
            r1.readUntil("Password: ");
            r1.send("cisco");
            r1.readUntil("R2#");

            r1.type("\u001ex");

            assertThat(r1.readUntil("R1#")).isEqualTo("\r\nR1#");
            r1.send("show sessions");
            assertThat(r1.readUntil("R1#"))
                    .contains("*  1 192.168.1.2         192.168.1.2            0     0 192.168.1.2\r\n");
            r1.send("");
            assertThat(r1.readUntil("]")).endsWith("[Resuming connection 1 to 192.168.1.2 ... ]");
            r1.send("");
            r1.readUntil("R2#");
            r1.send("exit");
            assertThat(r1.readUntil("R1#")).contains("[Connection to 192.168.1.2 closed by foreign host]");
        }
    }
}
