package dev.iosemu.app;

import dev.iosemu.device.Router;
import java.lang.System.Logger.Level;

/**
 * The device lifecycle lines of the operator's log ({@link LogSetup}), at DEBUG under the name of
 * {@link VirtualDevice}; a device is named by its host name at the time. Stateless.
 */
final class DeviceLog {
    private static final System.Logger LOG = System.getLogger(VirtualDevice.class.getName());

    private DeviceLog() {}

    static void built(Router router, Lab lab) {
        LOG.log(
                Level.DEBUG,
                () -> "device " + name(router) + " built"
                        + lab.tftpAddress()
                                .map(tftp -> "; lab TFTP on " + tftp + ", lab FTP on "
                                        + lab.ftpAddress().orElseThrow())
                                .orElse(""));
    }

    /** The device's own TFTP server could not start (its port is taken): IOS has no message, the log does. */
    static void tftpServerNotStarted(Router router, Throwable why) {
        LOG.log(Level.WARNING, "device " + name(router) + ": TFTP server not started: " + why.getMessage());
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
