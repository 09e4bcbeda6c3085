package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A device whose lab servers start on first use ({@code run --batch}): nothing listens until a connection or
 * the caller needs them, and a copy typed at the first prompt starts them, or waits for a start under way,
 * rather than failing.
 */
class DeferredLabTest {
    private static final String COPY = "copy tftp://192.168.1.10/c1900-universalk9-mz.SPA.157-3.M8.bin flash:";

    @Test
    void aCopyAtTheFirstPromptStartsTheServersItNeeds() throws Exception {
        try (VirtualDevice device = VirtualDevice.builder().deferLabServers().build()) {
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
        try (VirtualDevice device = VirtualDevice.builder().deferLabServers().build()) {
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
        VirtualDevice device = VirtualDevice.builder().deferLabServers().build();
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

            assertThatThrownBy(() -> VirtualDevice.builder()
                            .deferLabServers()
                            .labPortBase(base)
                            .build()
                            .close())
                    .isInstanceOf(IOException.class);
        }
    }
}
