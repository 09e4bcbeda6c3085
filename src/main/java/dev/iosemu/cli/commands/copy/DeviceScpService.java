package dev.iosemu.cli.commands.copy;

import dev.iosemu.device.Router;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.device.config.UserAccount;
import dev.iosemu.fs.copy.CopyEngine;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.ssh.scp.ScpRequest;
import dev.iosemu.net.ssh.scp.ScpServing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The device's SCP server, as IOS runs it over its SSH server: an exec request {@code scp -t PATH} or {@code
 * scp -f PATH} is served only while {@code ip scp server enable} is configured (otherwise it is an ordinary
 * exec command), and only to a user of privilege 15 in the {@code username} table: anyone else reads {@code
 * Privilege denied.}, as SCP has no way to ask for {@code enable}. The files are the device's own ({@link
 * DeviceScpFiles}). Thread-safe: each request runs on its channel's thread.
 */
public final class DeviceScpService {
    private static final int FULL_PRIVILEGE = 15;
    /** What a {@code username} without {@code privilege} gets. */
    private static final int DEFAULT_PRIVILEGE = 1;

    private final Router router;
    private final CopyEngine engine;

    private DeviceScpService(Router router, CopyEngine engine) {
        this.router = router;
        this.engine = engine;
    }

    /** The SCP server of {@code router}. */
    public static DeviceScpService of(Router router) {
        return new DeviceScpService(router, new CopyEngine(Ticker.system()));
    }

    /** The SCP request {@code command} is, when the device serves SCP now. */
    public Optional<ScpRequest> request(String command) {
        return router.runningConfig().files().scpServer() ? ScpRequest.parse(command) : Optional.empty();
    }

    /**
     * Serves {@code request} for {@code user} over a channel's streams; returns the exit status to end the
     * channel with.
     */
    public int serve(String user, ScpRequest request, InputStream in, OutputStream out) throws IOException {
        if (privilege(router.runningConfig(), user) < FULL_PRIVILEGE) {
            ScpServing.refuse(out, "Privilege denied.");
            return 1;
        }
        return ScpServing.serveQuietly(request, in, out, new DeviceScpFiles(router, engine));
    }

    private static int privilege(RunningConfig config, String user) {
        return config.security().users().stream()
                .filter(account -> account.name().equals(user))
                .findFirst()
                .map(UserAccount::privilege)
                .map(level -> level.orElse(DEFAULT_PRIVILEGE))
                .orElse(DEFAULT_PRIVILEGE);
    }
}
