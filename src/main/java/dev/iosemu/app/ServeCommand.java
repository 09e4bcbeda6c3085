package dev.iosemu.app;

import dev.iosemu.net.ftp.FtpAccount;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: the lab TFTP, FTP, SCP and HTTP(S) servers alone, for real gear or other tools. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        version = Main.VERSION,
        description = "Run the lab TFTP, FTP, SCP, HTTP and HTTPS servers over a folder until interrupted.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--root",
            required = true,
            description = "Folder to serve; nothing outside it is served or written.")
    Path root;

    @Option(
            names = "--tftp-port",
            defaultValue = "6969",
            description = "UDP port, 0 = a free one (default ${DEFAULT-VALUE}).")
    int tftpPort;

    @Option(
            names = "--ftp-port",
            defaultValue = "2121",
            description = "TCP port, 0 = a free one (default ${DEFAULT-VALUE}).")
    int ftpPort;

    @Option(
            names = "--scp-port",
            defaultValue = "2222",
            description = "TCP port of the SCP (SSH) server, 0 = a free one (default ${DEFAULT-VALUE}).")
    int scpPort;

    @Option(
            names = "--http-port",
            defaultValue = "8080",
            description = "TCP port of the read-only HTTP server, 0 = a free one (default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(
            names = "--https-port",
            defaultValue = "8443",
            description = "TCP port of the read-only HTTPS server, 0 = a free one (default ${DEFAULT-VALUE}).")
    int httpsPort;

    @Option(names = "--ftp-user", defaultValue = "cisco", description = "FTP login (default ${DEFAULT-VALUE}).")
    String ftpUser;

    @Option(names = "--ftp-password", defaultValue = "cisco", description = "FTP password (default ${DEFAULT-VALUE}).")
    String ftpPassword;

    @Option(names = "--anonymous", description = "Also let 'anonymous' log in to FTP (read-only).")
    boolean anonymous;

    @Option(names = "--writable", description = "Accept uploads (TFTP WRQ, FTP STOR, scp -t).")
    boolean writable;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}; anything else only when you ask).")
    InetAddress bind;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(root)) {
            throw new ParameterException(spec.commandLine(), "--root is not a directory: " + root);
        }
        List<FtpAccount> accounts = List.of(new FtpAccount(ftpUser, ftpPassword, ".", writable));
        LabServers.Settings settings = new LabServers.Settings(
                root.toAbsolutePath().normalize(),
                bind,
                tftpPort,
                ftpPort,
                scpPort,
                httpPort,
                httpsPort,
                writable ? LabServers.TftpWrites.ANYWHERE : LabServers.TftpWrites.REFUSED,
                accounts,
                anonymous);
        CountDownLatch stopped = new CountDownLatch(1);
        try (LabServers servers = LabServers.start(settings)) {
            PrintWriter out = spec.commandLine().getOut();
            String access = writable ? "read-write" : "read-only";
            out.printf("TFTP server listening on %s (%s)%n", LabServers.hostPort(servers.tftpAddress()), access);
            out.printf(
                    "FTP server listening on %s (user %s, %s)%n",
                    LabServers.hostPort(servers.ftpAddress()), ftpUser, access);
            out.printf(
                    "SCP server listening on %s (user %s, %s; scp -O)%n",
                    LabServers.hostPort(servers.scpAddress()), ftpUser, access);
            out.printf("HTTP server listening on %s (read-only)%n", LabServers.hostPort(servers.httpAddress()));
            out.printf("HTTPS server listening on %s (read-only)%n", LabServers.hostPort(servers.httpsAddress()));
            out.printf("Serving %s; press Ctrl-C to stop.%n", settings.root());
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}
