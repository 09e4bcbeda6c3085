package dev.iosemu.app.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.app.RunningLab;
import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The annotations inject booted devices and labs, and what they injected is closed after each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IosemuExtensionIT {
    private static InetSocketAddress labFtp; // the device's lab FTP server, seen by the first test
    private static InetSocketAddress console; // r1's console port, seen by the second test

    @Test
    @Order(1)
    void aDeviceParameterIsABootedDevice(@IosDevice(profile = "c2960x") VirtualDevice sw) throws Exception {
        HeadlessSession console = sw.openSession();

        assertThat(console.exec("show version")).contains("WS-C2960X-24TS-L");
        labFtp = sw.labFtpAddress().orElseThrow();
    }

    @Test
    @Order(2)
    void aLabParameterIsABootedLabFromItsFile(@IosLab("labs/ccna.yaml") RunningLab lab, @IosDevice VirtualDevice alone)
            throws Exception {
        HeadlessSession r2 = lab.device("r2").openSession();
        LabReady.enable(r2);

        assertThat(r2.exec("show running-config | include hostname")).contains("hostname R2");
        assertThat(alone.openSession().exec("show version")).contains("CISCO1941/K9");
        console = lab.node("r1").console().orElseThrow();
    }

    @Test
    @Order(3)
    void whatTheTestsGotWasClosedAfterThem() throws Exception {
        try (ServerSocket free = new ServerSocket()) {
            free.bind(labFtp); // the device's lab FTP server no longer holds its port
        }
        assertThatThrownBy(() -> new Socket(console.getAddress(), console.getPort()).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    @Order(4)
    void aLabFromTheClassPathBootsWithoutConsolesWhenAsked(
            @IosLab(value = "labs/ccna.yaml", consoles = false) RunningLab lab) {
        assertThat(lab.nodes()).allMatch(node -> node.console().isEmpty());
    }
}
