package dev.iosemu.device.rommon;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.BootMedia;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.boot.NetworkImage;
import dev.iosemu.lab.Ipv4Address;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The 2960 loader's {@code copy SOURCE DESTINATION}: a file of a local device, or one on a TFTP server
 * ({@code tftp://SERVER/FILE}, reached with {@code IP_ADDR} and {@code DEFAULT_ROUTER}), into flash. The
 * copy lands whole or not at all.
 */
final class LoaderCopy {
    private static final long BYTES_PER_MARK = 64 * 1024;

    private final BootEnvironment environment;
    private final BootMedia media;
    private final RommonTftp tftp;

    LoaderCopy(BootEnvironment environment, BootMedia media, RommonTftp tftp) {
        this.environment = environment;
        this.media = media;
        this.tftp = tftp;
    }

    void run(CommandLine line, ConsoleSink console) {
        if (line.arguments().size() != 2) {
            console.line("usage: copy <src_file> <dst_file>");
            return;
        }
        String from = line.argument(0);
        String to = line.argument(1);
        Optional<NetworkImage> network = NetworkImage.of(from).filter(n -> from.contains("://"));
        try {
            if (network.isPresent()) {
                fetch(network.get(), to, console);
            } else {
                local(from, to, console);
            }
            console.line("File \"" + from + "\" successfully copied to \"" + to + "\"");
        } catch (IOException e) {
            console.line("");
            console.line("unable to copy " + from + " to " + to + ": " + e.getMessage());
        }
    }

    private void local(String from, String to, ConsoleSink console) throws IOException {
        Path source = media.find(from).orElseThrow(() -> new IOException("no such file or directory"));
        try (BootMedia.Replacement target = media.write(to);
                InputStream in = Files.newInputStream(source)) {
            in.transferTo(Channels.newOutputStream(target.channel()));
            target.commit();
        }
    }

    private void fetch(NetworkImage image, String to, ConsoleSink console) throws IOException {
        Ipv4Address server = Ipv4Address.tryParse(image.server())
                .orElseThrow(() -> new IOException("bad server address " + image.server()));
        RommonTftp.Request request = LoaderNetwork.request(environment, true, server, image.file())
                .orElseThrow(() -> new IOException("IP_ADDR is not set"));
        try (BootMedia.Replacement target = media.write(to)) {
            tftp.download(request, target.channel(), new RommonProgress(console, BYTES_PER_MARK));
            console.line("");
            target.commit();
        }
    }
}
