package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.commands.show.IosTime;
import dev.iosemu.device.LogStamp;
import dev.iosemu.device.Router;
import java.time.Instant;

/**
 * The log messages of logins on vty lines, as IOS's login enhancements word them: {@code
 * %SEC_LOGIN-5-LOGIN_SUCCESS} and {@code %SEC_LOGIN-4-LOGIN_FAILED}, naming the user, where they came from and
 * the local port they reached. They go where the device's log goes (the console, monitoring terminals).
 */
public final class LoginLog {
    private LoginLog() {}

    /** A user logged in from {@code source} on {@code localPort}. */
    public static void success(Router router, String user, String source, int localPort) {
        log(
                router,
                "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: " + user + "] [Source: " + source + "] [localport: "
                        + localPort + "] at " + now(router));
    }

    /** A login as {@code user} from {@code source} on {@code localPort} failed. */
    public static void failed(Router router, String user, String source, int localPort) {
        log(
                router,
                "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: " + user + "] [Source: " + source + "] [localport: "
                        + localPort + "] [Reason: Login Authentication Failed] at " + now(router));
    }

    private static String now(Router router) {
        Instant now = router.clock().instant();
        return IosTime.timestamp(now, router.clock().getZone());
    }

    private static void log(Router router, String message) {
        router.lines()
                .logDevice(
                        LogStamp.line(router.clock().instant(), router.clock().getZone(), message));
    }
}
