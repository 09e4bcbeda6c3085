package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshClientChannel;
import dev.iosemu.net.terminal.WindowSize;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A device whose lab servers and SSH server start after its first prompt ({@code run --batch}): nothing listens
 * until a connection or the caller needs them, and a copy typed at the first prompt starts them, or waits for a
 * start under way, rather than failing.
 */
class DeferredServersIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String COPY = "copy tftp://192.168.1.10/c1900-universalk9-mz.SPA.157-3.M8.bin flash:";

    /** A device builder whose lab (and SSH server) start on first use, as {@code run --batch} builds it. */
    private static VirtualDevice.Builder deferred() {
        VirtualDevice.Builder builder = VirtualDevice.builder();
        builder.ownLab.deferServers();
        return builder;
    }

    @Test
    void aCopyAtTheFirstPromptStartsTheServersItNeeds() throws Exception {
        try (VirtualDevice device = deferred().build()) {
            device.powerOn();
            assertThat(device.lab().serversPending()).isTrue();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);

            assertThat(console.exec(COPY, "")).contains("[OK - 1048576 bytes]");
            assertThat(device.lab().serversPending()).isFalse();
            assertThat(device.labFtpAddress()).isPresent();
        }
    }

    @Test
    void aCopyDuringTheStartWaitsForItAndFindsTheAddressesItPrints() throws Exception {
        try (VirtualDevice device = deferred().build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);
            CompletableFuture<String> printed = CompletableFuture.supplyAsync(() -> RunCommand.endpoints(device));

            assertThat(console.exec(COPY, "")).contains("[OK - 1048576 bytes]");
            assertThat(printed.join())
                    .contains("lab TFTP 127.0.0.1:"
                            + device.labTftpAddress().orElseThrow().getPort() + ",");
        }
    }

    @Test
    void aLabClosedBeforeItsServersStartedNeverStartsThem() throws Exception {
        VirtualDevice device = deferred().build();
        device.close();

        assertThat(device.lab().serversPending()).isTrue();
        assertThatThrownBy(device::labTftpAddress)
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(ClosedChannelException.class);
    }

    @Test
    void aPortBaseStartsTheServersWithTheLabSoATakenPortFailsTheBuild() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int base = taken.getLocalPort() - 1; // lab FTP listens on the base + 1

            assertThatThrownBy(() -> deferred().labPortBase(base).build().close())
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void aHeldSshServerListensOnceReleasedAndSaysWhere() throws Exception {
        try (VirtualDevice device = deferred().labServers(false).sshPort(0).build()) {
            List<InetSocketAddress> announced = new CopyOnWriteArrayList<>();
            device.remote().onSshListening(announced::add);
            device.powerOn(); // booted with its factory key: SSH would listen now

            assertThat(announced).isEmpty();
            device.remote().releaseSsh();

            assertThat(announced).hasSize(1);
            assertThat(showPrivilegeOver(announced.getFirst())).contains("Current privilege level is 15");
        }
    }

    @Test
    void aClientAskingWhereSshListensBeforeTheReleaseFindsItListening() throws Exception {
        try (VirtualDevice device = deferred().labServers(false).sshPort(0).build()) {
            device.powerOn();

            assertThat(showPrivilegeOver(device.sshAddress().orElseThrow())).contains("Current privilege level is 15");
        }
    }

    private static String showPrivilegeOver(InetSocketAddress ssh) throws Exception {
        try (SshClient client = SshClient.connect(ssh, "cisco", "cisco", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(80, 24), TIMEOUT)) {
            Screen screen = new Screen(shell.stdout(), shell.stdin());
            screen.awaitEnding("Router#");
            return screen.command("show privilege", "Router#");
        }
    }
}
