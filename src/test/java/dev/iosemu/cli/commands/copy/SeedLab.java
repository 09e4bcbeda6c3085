package dev.iosemu.cli.commands.copy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.commands.config.ConfigCommands;
import dev.iosemu.cli.commands.config.StartupReplayer;
import dev.iosemu.cli.commands.debug.DebugCommands;
import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.cli.commands.file.FileCommands;
import dev.iosemu.cli.commands.show.ShowCommands;
import dev.iosemu.cli.commands.system.SystemCommands;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.Router;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabService;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.ftp.FtpServer;
import dev.iosemu.net.ftp.FtpServerConfig;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import dev.iosemu.profile.DeviceProfiles;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The shipped default router with every command package wired as the app wires them, booted with its
 * startup-config replayed, and the lab servers at 192.168.1.10 serving the shipped images (FTP login
 * {@code cisco}/{@code cisco} as in the profile's lab section).
 */
final class SeedLab implements AutoCloseable {
    final FileSystem serverFs = Jimfs.newFileSystem(Configuration.unix());
    final Path root;
    final TftpServer tftp;
    final FtpServer ftp;
    final Router router;
    final CommandRegistry registry = new CommandRegistry();

    SeedLab() throws Exception {
        this(CopyLab.quarterSecondTicker());
    }

    /** A lab whose copies are timed by {@code ticker}; {@link #root} takes more files before copying. */
    SeedLab(Ticker ticker) throws Exception {
        Path root = serverFs.getPath("/srv");
        this.root = root;
        Files.createDirectories(root);
        Files.copy(Path.of("images", CopyLab.NEW_IMAGE), root.resolve(CopyLab.NEW_IMAGE));
        tftp = TftpServer.start(
                TftpServerConfig.builder(RootDirectoryStore.of(root)).build());
        ftp = FtpServer.start(FtpServerConfig.builder(root)
                .account("cisco", "cisco", ".", false)
                .build());
        LabAddressMap lab = LabAddressMap.empty()
                .with(CopyLab.SERVER, LabService.TFTP, tftp.address())
                .with(CopyLab.SERVER, LabService.FTP, ftp.address());
        router = Router.create(DeviceProfiles.loadBuiltIn("c1941"), CopyLab.fixedClock(), lab);
        ConfigCommands.register(registry, router, new Random(7));
        StartupReplayer replayer = new StartupReplayer(
                registry, ConfigCommands.shellSettings(router).build());
        ShowCommands.register(registry, router);
        FileCommands.register(registry, router);
        SystemCommands.register(registry, router, replayer);
        DebugHub debug = new DebugHub();
        CopyCommands.register(registry, router, replayer, debug, CopyLab.TIMEOUTS, ticker);
        DebugCommands.register(registry, debug);
        router.powerOn(BootConsole.of(text -> {}, LineInput.none(), replayer));
    }

    HeadlessSession session() {
        return HeadlessSession.of(registry, ConfigCommands.shellSettings(router).build());
    }

    @Override
    public void close() throws Exception {
        tftp.close();
        ftp.close();
        serverFs.close();
    }
}
