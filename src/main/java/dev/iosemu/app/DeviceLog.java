package dev.iosemu.app;

import dev.iosemu.device.Router;
import dev.iosemu.fs.remote.DeviceTftpServer;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * The device lifecycle lines of the operator's log ({@link LogSetup}), at DEBUG under the name of
 * {@link VirtualDevice}; a device is named by its host name at the time. Stateless.
 */
final class DeviceLog {
    private static final System.Logger LOG = System.getLogger(VirtualDevice.class.getName());

    private DeviceLog() {}

    static void built(Router router, DeviceTftpServer tftpServer, Optional<LabServers> labServers) {
        LOG.log(
                Level.DEBUG,
                () -> "device " + name(router) + " built; its TFTP server on " + tftpServer.address()
                        + labServers
                                .map(lab -> ", lab TFTP on " + lab.tftpAddress() + ", lab FTP on " + lab.ftpAddress())
                                .orElse(""));
    }

    static void poweringOn(Router router) {
        LOG.log(Level.DEBUG, () -> "device " + name(router) + " powering on");
    }

    static void closing(Router router) {
        LOG.log(Level.DEBUG, () -> "device " + name(router) + " closing");
    }

    private static String name(Router router) {
        return router.runningConfig().hostname();
    }
}
