package dev.iosemu.device.rommon;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.BootMedia;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.boot.NetworkImage;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.net.xmodem.XmodemLink;
import dev.iosemu.net.xmodem.XmodemReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The 2960 loader's {@code copy SOURCE DESTINATION}: a file of a local device, one on a TFTP server
 * ({@code tftp://SERVER/FILE}, reached with {@code IP_ADDR} and {@code DEFAULT_ROUTER}), or one the terminal
 * sends over XMODEM ({@code xmodem:}), into flash. The copy lands whole or not at all.
 */
final class LoaderCopy {
    static final String XMODEM = "xmodem:";
    private static final long BYTES_PER_MARK = 64 * 1024;

    private final BootEnvironment environment;
    private final BootMedia media;
    private final RommonTftp tftp;

    LoaderCopy(BootEnvironment environment, BootMedia media, RommonTftp tftp) {
        this.environment = environment;
        this.media = media;
        this.tftp = tftp;
    }

    void run(CommandLine line, LineInput input, ConsoleSink console) {
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
            } else if (from.equalsIgnoreCase(XMODEM)) {
                receive(input, to, console);
            } else {
                local(from, to, console);
            }
            console.line("File \"" + from + "\" successfully copied to \"" + to + "\"");
        } catch (IOException e) {
            console.line("");
            console.line("unable to copy " + from + " to " + to + ": " + e.getMessage());
        }
    }

    /**
     * Receives {@code to} over the console: the loader asks the terminal with {@code C} (CRC, 1K blocks) and
     * stores what it sends, without the last block's padding when the file is an image.
     */
    @SuppressWarnings("try") // the link is closed early on purpose, and again (harmlessly) by the try
    private void receive(LineInput input, String to, ConsoleSink console) throws IOException {
        console.line("Begin the Xmodem or Xmodem-1K transfer now...");
        Optional<XmodemLink> opened = input.openTransfer();
        if (opened.isEmpty()) {
            throw new IOException(
                    "this console carries no XMODEM transfer (a terminal can; in batch mode, --xmodem-file)");
        }
        try (XmodemLink link = opened.get();
                BootMedia.Replacement target = media.write(to)) {
            UnpaddedImage file = new UnpaddedImage(target.channel());
            XmodemReceiver.receive(link, file);
            file.finish();
            link.close(); // the terminal back as it was before the loader prints again
            console.line("");
            target.commit();
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
